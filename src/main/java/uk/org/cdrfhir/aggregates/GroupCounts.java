package uk.org.cdrfhir.aggregates;

import java.util.Map;

/**
 * The true counts of one group in a period: never published as they are, only through
 * {@link DisclosureControl}.
 *
 * @param total  the cases of the group
 * @param strata per stratifier, every stratum value with its count (zero included)
 */
record GroupCounts(Group group, int total, Map<Stratifier, Map<String, Integer>> strata) {
}
