package uk.org.cdrfhir.aggregates;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Small-number disclosure control, the one place a true count becomes a published one (NHS England's
 * rule by default, {@link AggregatesProperties}):
 * <ul>
 * <li>primary: a count from 1 to {@code suppressUpTo} is suppressed;</li>
 * <li>other counts are rounded to the nearest {@code roundTo} (0 stays 0);</li>
 * <li>secondary: a stratifier never has exactly one suppressed stratum (it could be recovered from the
 * total and the others): the smallest other non-zero stratum is suppressed with it (a zero one when
 * there is none), chosen deterministically, so asking again gives the same cells.</li>
 * </ul>
 */
@Component
class DisclosureControl {

	private final int suppressUpTo;
	private final int roundTo;

	DisclosureControl(AggregatesProperties properties) {
		this.suppressUpTo = properties.suppressUpTo();
		this.roundTo = properties.roundTo();
	}

	/** A count on its own (a group's total). */
	Cell publish(int count) {
		if (count >= 1 && count <= suppressUpTo) {
			return Cell.SUPPRESSED;
		}
		return Cell.shown(Math.round((float) count / roundTo) * roundTo);
	}

	/** The strata of one stratifier (value to true count, in the order to publish), with secondary suppression. */
	Map<String, Cell> publish(Map<String, Integer> strata) {
		Map<String, Cell> published = new LinkedHashMap<>();
		strata.forEach((value, count) -> published.put(value, publish(count)));
		List<String> suppressed = published.entrySet().stream().filter(cell -> cell.getValue().suppressed())
				.map(Map.Entry::getKey).toList();
		if (suppressed.size() == 1) {
			complement(strata, suppressed.get(0)).ifPresent(value -> published.put(value, Cell.SUPPRESSED));
		}
		return published;
	}

	/** The stratum to hide with the only suppressed one: the smallest non-zero other, else a zero one. */
	private static Optional<String> complement(Map<String, Integer> strata, String suppressed) {
		Comparator<Map.Entry<String, Integer>> smallestNonZeroFirst = Comparator
				.comparing((Map.Entry<String, Integer> stratum) -> stratum.getValue() == 0)
				.thenComparing(Map.Entry::getValue);
		return strata.entrySet().stream()
				.filter(stratum -> !stratum.getKey().equals(suppressed))
				.min(smallestNonZeroFirst)
				.map(Map.Entry::getKey);
	}
}
