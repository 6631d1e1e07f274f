package uk.org.cdrfhir.synthetic;

import java.time.LocalDate;
import java.util.Random;

import uk.org.cdrfhir.fhir.AgeBand;


/** How a synthetic child's birth date is drawn so that the age at death falls in a given band. */
final class BirthDates {

	private BirthDates() {
	}

	static LocalDate within(AgeBand band, LocalDate deathDate, Random random) {
		return switch (band) {
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
