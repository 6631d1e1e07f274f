package uk.org.cdrfhir.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** The age bands of the cdr-age-band code system: how aggregates and panel summaries tell a child's age without a date. */
public enum AgeBand {

	UNDER_28_DAYS("under-28-days", "Under 28 days"),
	DAYS_28_TO_364("28-to-364-days", "28 to 364 days"),
	YEARS_1_TO_4("1-to-4-years", "1 to 4 years"),
	YEARS_5_TO_9("5-to-9-years", "5 to 9 years"),
	YEARS_10_TO_14("10-to-14-years", "10 to 14 years"),
	YEARS_15_TO_17("15-to-17-years", "15 to 17 years");

	public static final String SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-age-band";

	private final String code;
	private final String display;

	AgeBand(String code, String display) {
		this.code = code;
		this.display = display;
	}

	public String code() {
		return code;
	}

	public String display() {
		return display;
	}

	public boolean underOneYear() {
		return this == UNDER_28_DAYS || this == DAYS_28_TO_364;
	}

	public static AgeBand at(LocalDate birthDate, LocalDate deathDate) {
		long days = ChronoUnit.DAYS.between(birthDate, deathDate);
		int years = Period.between(birthDate, deathDate).getYears();
		if (days < 28) {
			return UNDER_28_DAYS;
		} else if (years < 1) {
			return DAYS_28_TO_364;
		} else if (years < 5) {
			return YEARS_1_TO_4;
		} else if (years < 10) {
			return YEARS_5_TO_9;
		} else if (years < 15) {
			return YEARS_10_TO_14;
		}
		return YEARS_15_TO_17;
	}
}
