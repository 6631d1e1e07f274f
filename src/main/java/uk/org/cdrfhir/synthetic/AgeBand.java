package uk.org.cdrfhir.synthetic;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/** The age bands of the cdr-age-band code system (by display), with how a synthetic age is drawn within each. */
public enum AgeBand {

	UNDER_28_DAYS("Under 28 days"),
	DAYS_28_TO_364("28 to 364 days"),
	YEARS_1_TO_4("1 to 4 years"),
	YEARS_5_TO_9("5 to 9 years"),
	YEARS_10_TO_14("10 to 14 years"),
	YEARS_15_TO_17("15 to 17 years");

	private final String display;

	AgeBand(String display) {
		this.display = display;
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

	/** A birth date giving an age at death in this band. */
	LocalDate birthDateFor(LocalDate deathDate, Random random) {
		return switch (this) {
			// most neonatal deaths happen in the first week, many on the day of birth
			case UNDER_28_DAYS -> deathDate.minusDays(Weighted.of(0, 30).or(1 + random.nextInt(6), 40)
					.or(7 + random.nextInt(21), 30).pick(random));
			// post-neonatal deaths cluster in the first months
			case DAYS_28_TO_364 -> {
				double skew = random.nextDouble();
				yield deathDate.minusDays(28 + (long) (337 * skew * skew));
			}
			case YEARS_1_TO_4 -> yearsOld(deathDate, 1, 4, random);
			case YEARS_5_TO_9 -> yearsOld(deathDate, 5, 9, random);
			case YEARS_10_TO_14 -> yearsOld(deathDate, 10, 14, random);
			case YEARS_15_TO_17 -> yearsOld(deathDate, 15, 17, random);
		};
	}

	private static LocalDate yearsOld(LocalDate deathDate, int minYears, int maxYears, Random random) {
		// fewer than 365 extra days keeps the age below maxYears + 1, so never 18 at death
		return deathDate.minusYears(minYears + random.nextInt(maxYears - minYears + 1)).minusDays(random.nextInt(365));
	}
}
