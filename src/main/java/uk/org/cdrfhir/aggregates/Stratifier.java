package uk.org.cdrfhir.aggregates;

import java.util.Arrays;
import java.util.List;

import uk.org.cdrfhir.fhir.AgeBand;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The stratifiers of the cdr-child-deaths Measure, in its order: the SQL expression
 * that gives a case's stratum code, and every code the stratum can take, so that each report lists
 * every stratum (an absent stratum would be a zero shown by omission, and a stratifier of one stratum
 * could not take a complementary suppression).
 */
enum Stratifier {
	AREA("area", "area", CdrUrls.GSS_SYSTEM, List.of()),
	AGE_BAND("age-band", "age_band", AgeBand.SYSTEM, Arrays.stream(AgeBand.values()).map(AgeBand::code).toList()),
	SEX("sex", "sex", "http://hl7.org/fhir/administrative-gender", List.of("female", "male", "other", "unknown")),
	ETHNICITY_GROUP("ethnicity-group", "ethnicity_group", CdrUrls.BASE + "/CodeSystem/cdr-ethnicity-group",
			List.of("white", "mixed", "asian", "black", "other", "not-known")),
	PLACE_OF_DEATH("place-of-death", "place_of_death", CdrUrls.PLACE_OF_DEATH_TYPE_SYSTEM,
			List.of("hospital", "emergency-department", "neonatal-unit", "paediatric-intensive-care", "ward", "hospice", "home",
					"foster-or-residential-home", "mental-health-unit", "custody", "public-place", "abroad", "other")),
	/** Kept unset until a notification gives the gestation, so that a later one can still give it. */
	GESTATION_BAND("gestation-band", "coalesce(gestation_band, '" + GestationBand.NOT_KNOWN + "')",
			CdrUrls.BASE + "/CodeSystem/cdr-gestation-band", GestationBand.codes()),
	JAR("jar", "case when jar then 'yes' else 'no' end", CdrUrls.BASE + "/CodeSystem/cdr-answer", List.of("yes", "no")),
	/** The neonatal and infant view for the Local Maternity System, with the age bands under 1. */
	SUDI("sudi", "case when expectedness = 'unexpected' and age_band in ('under-28-days', '28-to-364-days') "
			+ "then 'yes' else 'no' end", CdrUrls.BASE + "/CodeSystem/cdr-answer", List.of("yes", "no")),
	CATEGORY("category", "category", CdrUrls.BASE + "/CodeSystem/cdr-category-of-death",
			List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")),
	EXPECTEDNESS("expectedness", "expectedness", CdrUrls.EXPECTEDNESS_SYSTEM, List.of("expected", "unexpected")),
	MODIFIABLE_FACTORS("modifiable-factors", "modifiable_factors", CdrUrls.BASE + "/CodeSystem/cdr-modifiable-factor-outcome",
			List.of("identified", "not-identified", "insufficient-information")),
	/**
	 * From the date of death to the day reviewed, derived when counted (nothing to store or fill in for
	 * cases reviewed before); each band ends the day before its months are complete, as cdr-time-to-review
	 * says ("less than 6 months"). Standard interval arithmetic, the same on H2 and PostgreSQL.
	 */
	TIME_TO_REVIEW("time-to-review", "case when reviewed_on < died_on + interval '6' month then 'under-6-months' "
			+ "when reviewed_on < died_on + interval '12' month then '6-to-12-months' "
			+ "when reviewed_on < died_on + interval '24' month then '12-to-24-months' "
			+ "when reviewed_on >= died_on + interval '24' month then '24-months-or-more' end",
			CdrUrls.BASE + "/CodeSystem/cdr-time-to-review",
			List.of("under-6-months", "6-to-12-months", "12-to-24-months", "24-months-or-more"));

	/** The stratum of the cases the record does not say it for (e.g. the category of a death not yet reviewed). */
	static final String NOT_RECORDED = "not-recorded";
	/** The area of a case whose residence could not be resolved (cdr-routing-outcome). */
	static final String UNRESOLVED_AREA = "unresolved";

	private final String code;
	private final String sql;
	private final String system;
	private final List<String> codes;

	Stratifier(String code, String sql, String system, List<String> codes) {
		this.code = code;
		this.sql = sql;
		this.system = system;
		this.codes = codes;
	}

	String code() {
		return code;
	}

	String sql() {
		return sql;
	}

	String system() {
		return system;
	}

	/** Every stratum value known before counting (none for the area: the footprint's areas are configured). */
	List<String> codes() {
		return codes;
	}
}
