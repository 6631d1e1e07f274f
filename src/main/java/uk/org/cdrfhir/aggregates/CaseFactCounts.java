package uk.org.cdrfhir.aggregates;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the projection's cases of every group in a period by every stratifier at once: one scan of
 * the period's rows grouped by all the stratifiers together (a few thousand combinations at most), each
 * group's cases summed in the same pass, then summed per stratifier here. Plain SQL, the same on H2 and PostgreSQL.
 */
@Component
class CaseFactCounts {

	private static final Stratifier[] STRATIFIERS = Stratifier.values();

	private final JdbcTemplate jdbc;
	private final AggregatesProperties properties;

	CaseFactCounts(DataSource dataSource, AggregatesProperties properties) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.properties = properties;
	}

	/** Every group's counts in the period, in the order of {@link Group}. */
	List<GroupCounts> count(StandardPeriod period) {
		Group[] groups = Group.values();
		List<Map<Stratifier, Map<String, Integer>>> strata = new ArrayList<>();
		for (Group group : groups) {
			Map<Stratifier, Map<String, Integer>> ofGroup = new EnumMap<>(Stratifier.class);
			for (Stratifier stratifier : STRATIFIERS) {
				ofGroup.put(stratifier, zeroes(stratifier));
			}
			strata.add(ofGroup);
		}
		String expressions = Arrays.stream(STRATIFIERS).map(Stratifier::sql).collect(Collectors.joining(", "));
		String inGroup = Arrays.stream(groups).map(group -> "sum(case when " + inPeriod(group) + " then 1 else 0 end)")
				.collect(Collectors.joining(", "));
		String inAnyGroup = Arrays.stream(groups).map(CaseFactCounts::inPeriod).collect(Collectors.joining(" or "));
		List<Object> bounds = new ArrayList<>();
		for (int i = 0; i < 2 * groups.length; i++) {
			bounds.add(Date.valueOf(period.start()));
			bounds.add(Date.valueOf(period.endExclusive()));
		}
		int[] totals = new int[groups.length];
		// one scan of the period's rows for all the groups, grouped by every stratifier at once
		jdbc.query("select " + expressions + ", " + inGroup + " from cdr_case_facts where " + inAnyGroup
						+ " group by " + expressions,
				row -> {
					for (int g = 0; g < groups.length; g++) {
						int cases = row.getInt(STRATIFIERS.length + 1 + g);
						totals[g] += cases;
						for (int i = 0; i < STRATIFIERS.length; i++) {
							String value = row.getString(i + 1);
							strata.get(g).get(STRATIFIERS[i]).merge(value == null ? Stratifier.NOT_RECORDED : value, cases,
									Integer::sum);
						}
					}
				},
				bounds.toArray());
		List<GroupCounts> counts = new ArrayList<>();
		for (int g = 0; g < groups.length; g++) {
			counts.add(new GroupCounts(groups[g], totals[g], strata.get(g)));
		}
		return counts;
	}

	private static String inPeriod(Group group) {
		return "(" + group.dateColumn() + " >= ? and " + group.dateColumn() + " < ?)";
	}

	/**
	 * Every stratum known beforehand, at zero: the stratifier's codes and not-recorded; for the area, the
	 * footprint's areas (those with a configured population) and unresolved (a case always has an area).
	 */
	private Map<String, Integer> zeroes(Stratifier stratifier) {
		Map<String, Integer> zeroes = new LinkedHashMap<>();
		if (stratifier == Stratifier.AREA) {
			properties.populations().keySet().forEach(area -> zeroes.put(area, 0));
			zeroes.put(Stratifier.UNRESOLVED_AREA, 0);
		} else {
			stratifier.codes().forEach(value -> zeroes.put(value, 0));
			zeroes.put(Stratifier.NOT_RECORDED, 0);
		}
		return zeroes;
	}
}
