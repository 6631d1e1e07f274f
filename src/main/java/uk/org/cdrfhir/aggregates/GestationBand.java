package uk.org.cdrfhir.aggregates;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bands of the cdr-gestation-band code system (the World Health Organization's preterm
 * categories, term and post-term), each from its first week of gestation at birth.
 */
enum GestationBand {
	EXTREMELY_PRETERM("extremely-preterm", 0),
	VERY_PRETERM("very-preterm", 28),
	MODERATE_OR_LATE_PRETERM("moderate-late-preterm", 32),
	TERM("term", 37),
	POST_TERM("post-term", 42);

	/** The code of a child whose gestation at birth no notification gave. */
	static final String NOT_KNOWN = "not-known";

	private final String code;
	private final BigDecimal fromWeeks;

	GestationBand(String code, int fromWeeks) {
		this.code = code;
		this.fromWeeks = BigDecimal.valueOf(fromWeeks);
	}

	String code() {
		return code;
	}

	/** The band of a gestation at birth in weeks (29 weeks and 3 days is 29.43). */
	static GestationBand at(BigDecimal weeks) {
		GestationBand band = EXTREMELY_PRETERM;
		for (GestationBand candidate : values()) {
			if (weeks.compareTo(candidate.fromWeeks) >= 0) {
				band = candidate;
			}
		}
		return band;
	}

	/** Every code of the code system, not-known last, in its order. */
	static List<String> codes() {
		return Stream.concat(Arrays.stream(values()).map(GestationBand::code), Stream.of(NOT_KNOWN)).toList();
	}
}
