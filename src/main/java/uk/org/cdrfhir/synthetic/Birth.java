package uk.org.cdrfhir.synthetic;

import java.time.LocalDate;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.cdrfhir.fhir.AgeBand;

/**
 * The perinatal details a notification gives for a baby: gestation at birth, birth weight, plurality
 * and, for a death under 28 days, the perinatal mortality review's reference.
 *
 * @param gestationWeeks     completed weeks of gestation at birth
 * @param weightGrams        birth weight in grams
 * @param plurality          a cdr-plurality code
 * @param perinatalReview    the PMRT review reference, or null
 */
record Birth(int gestationWeeks, int weightGrams, String plurality, String perinatalReview) {

	private static final Pattern WEEKS = Pattern.compile("at (\\d{2}) weeks");

	/**
	 * The details of a baby whose death is a perinatal or neonatal event or happened under 28 days, else
	 * null. The gestation is the one the circumstances name ("born at 23 weeks"), else term. Drawn from
	 * their own generator, seeded by the birth, so the other synthetic data stay as they were.
	 */
	static Birth of(DeathScenario scenario, AgeBand ageBand, String circumstances, LocalDate birthDate, long seed) {
		if (ageBand != AgeBand.UNDER_28_DAYS && scenario.likelyCategory() != DeathScenario.PERINATAL_NEONATAL_EVENT) {
			return null;
		}
		Random random = new Random(seed ^ birthDate.toEpochDay());
		Matcher weeks = WEEKS.matcher(circumstances);
		int gestation = weeks.find() ? Integer.parseInt(weeks.group(1)) : 37 + random.nextInt(5);
		int weight = (int) Math.round(typicalWeight(gestation) * (0.8 + 0.4 * random.nextDouble()) / 10) * 10;
		double draw = random.nextDouble();
		String plurality = draw < 0.03 ? "twin" : draw < 0.032 ? "triplet" : "singleton";
		String review = ageBand == AgeBand.UNDER_28_DAYS && gestation >= 22
				? "PMRT " + birthDate.getYear() + "-" + (10000 + random.nextInt(90000)) : null;
		return new Birth(gestation, weight, plurality, review);
	}

	/** A rough median birth weight for the gestation: about 600 g at 23 weeks, 1,100 g at 29, 3,400 g at 40. */
	private static double typicalWeight(int weeks) {
		double fromTwentyThree = Math.min(Math.max(weeks - 23, 0), 17) / 17.0;
		return 600 + 2800 * Math.pow(fromTwentyThree, 1.6);
	}
}
