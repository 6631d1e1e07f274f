package uk.org.cdrfhir.aggregates;

import java.sql.Date;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the projection's cases of a group in a period by every stratifier at once: one scan of the
 * period's rows grouped by all the stratifiers together (a few thousand combinations at most), summed
 * per stratifier here. Plain SQL, the same on H2 and PostgreSQL.
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

	GroupCounts count(Group group, StandardPeriod period) {
		Map<Stratifier, Map<String, Integer>> strata = new EnumMap<>(Stratifier.class);
		for (Stratifier stratifier : STRATIFIERS) {
			strata.put(stratifier, zeroes(stratifier));
		}
		String expressions = Arrays.stream(STRATIFIERS).map(Stratifier::sql).collect(Collectors.joining(", "));
		int[] total = {0};
		jdbc.query("select " + expressions + ", count(*) from cdr_case_facts where " + group.dateColumn() + " >= ? and "
						+ group.dateColumn() + " < ? group by " + expressions,
				row -> {
					int cases = row.getInt(STRATIFIERS.length + 1);
					total[0] += cases;
					for (int i = 0; i < STRATIFIERS.length; i++) {
						String value = row.getString(i + 1);
						strata.get(STRATIFIERS[i]).merge(value == null ? Stratifier.NOT_RECORDED : value, cases, Integer::sum);
					}
				},
				Date.valueOf(period.start()), Date.valueOf(period.endExclusive()));
		return new GroupCounts(group, total[0], strata);
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
