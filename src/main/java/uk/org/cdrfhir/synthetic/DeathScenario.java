package uk.org.cdrfhir.synthetic;

import static uk.org.cdrfhir.fhir.AgeBand.DAYS_28_TO_364;
import static uk.org.cdrfhir.fhir.AgeBand.UNDER_28_DAYS;
import static uk.org.cdrfhir.fhir.AgeBand.YEARS_10_TO_14;
import static uk.org.cdrfhir.fhir.AgeBand.YEARS_15_TO_17;
import static uk.org.cdrfhir.fhir.AgeBand.YEARS_1_TO_4;
import static uk.org.cdrfhir.fhir.AgeBand.YEARS_5_TO_9;
import static uk.org.cdrfhir.synthetic.PlaceOfDeathType.HOME;
import static uk.org.cdrfhir.synthetic.PlaceOfDeathType.HOSPICE;
import static uk.org.cdrfhir.synthetic.PlaceOfDeathType.HOSPITAL;
import static uk.org.cdrfhir.synthetic.PlaceOfDeathType.OTHER;
import static uk.org.cdrfhir.synthetic.PlaceOfDeathType.PUBLIC_PLACE;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.org.cdrfhir.fhir.AgeBand;

/**
 * The kinds of death synthetic notifications describe: whether expected, the category of death a panel
 * would most likely record (perinatal/neonatal event is category 8), the ages at which they happen, their
 * relative frequency within those ages, where the child dies, and the circumstances in the notifier's words.
 * Circumstances use {@code {Child}} (e.g. "A 4-month-old girl") and {@code {they}}/{@code {their}}.
 */
enum DeathScenario {

	EXTREME_PREMATURITY(true, 8, EnumSet.of(UNDER_28_DAYS), 55,
			Weighted.of(HOSPITAL, 95).or(HOSPICE, 2).or(HOME, 3),
			"{Child} born at 23 weeks' gestation. Cared for on the neonatal unit; {they} developed a severe brain haemorrhage and intensive care was redirected to comfort care with the parents' agreement.",
			"{Child} born extremely preterm at 24 weeks after spontaneous labour. Ventilated from birth; {their} condition deteriorated with necrotising enterocolitis and {they} died with {their} parents present."),
	HYPOXIC_ISCHAEMIC_INJURY(true, 8, EnumSet.of(UNDER_28_DAYS), 20,
			Weighted.of(HOSPITAL, 90).or(HOSPICE, 10),
			"{Child} born at term in poor condition after a placental abruption; severe hypoxic-ischaemic encephalopathy despite cooling. Palliative care agreed with the family."),
	LIFE_LIMITING_ANOMALY(true, 7, EnumSet.of(UNDER_28_DAYS, DAYS_28_TO_364, YEARS_1_TO_4), 25,
			Weighted.of(HOSPITAL, 60).or(HOSPICE, 25).or(HOME, 15),
			"{Child} with a life-limiting chromosomal condition diagnosed antenatally. An advance care plan was in place and {they} died peacefully with {their} family.",
			"{Child} with complex congenital heart disease; after surgical options were exhausted the family chose palliative care."),
	COMPLICATIONS_OF_PREMATURITY(true, 8, EnumSet.of(DAYS_28_TO_364), 40,
			Weighted.of(HOSPITAL, 85).or(HOSPICE, 5).or(HOME, 10),
			"{Child} born at 25 weeks' gestation with severe chronic lung disease of prematurity, on home oxygen. Died after a respiratory deterioration; a ceiling of care had been agreed."),
	CHRONIC_CONDITION(true, 6, EnumSet.of(DAYS_28_TO_364, YEARS_1_TO_4, YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17), 25,
			Weighted.of(HOSPITAL, 60).or(HOSPICE, 20).or(HOME, 20),
			"{Child} with severe neurodisability and epilepsy, known to the palliative care team. Deteriorated with aspiration pneumonia; {they} died as anticipated in {their} advance care plan.",
			"{Child} with a progressive metabolic condition; the family and the palliative care team had planned end-of-life care."),
	MALIGNANCY(true, 4, EnumSet.of(YEARS_1_TO_4, YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17), 30,
			Weighted.of(HOSPITAL, 45).or(HOSPICE, 30).or(HOME, 25),
			"{Child} with relapsed acute myeloid leukaemia; curative treatment stopped after discussion with the family. Died with symptom control in place.",
			"{Child} with a brain tumour diagnosed last year; on palliative care since progression."),
	SUDDEN_POSTNATAL_COLLAPSE(false, 8, EnumSet.of(UNDER_28_DAYS), 40,
			Weighted.of(HOSPITAL, 80).or(HOME, 20),
			"{Child} born at term in good condition; found pale and unresponsive during skin-to-skin contact. Resuscitation was not successful."),
	UNATTENDED_HOME_BIRTH(false, 8, EnumSet.of(UNDER_28_DAYS), 8,
			Weighted.of(HOME, 1),
			"Baby born at home with no healthcare professional present; ambulance called by the family. Not known whether the baby was born alive. Police attended and a JAR was started."),
	OVERWHELMING_INFECTION(false, 9, EnumSet.of(UNDER_28_DAYS, DAYS_28_TO_364, YEARS_1_TO_4, YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17), 25,
			Weighted.of(HOSPITAL, 90).or(HOME, 10),
			"{Child}, previously well, had a short febrile illness and a spreading rash; {they} deteriorated rapidly despite treatment for sepsis.",
			"{Child} with a day's history of fever and drowsiness; suspected meningococcal sepsis."),
	SUDDEN_UNEXPECTED_DEATH_IN_INFANCY(false, 10, EnumSet.of(UNDER_28_DAYS, DAYS_28_TO_364), 55,
			Weighted.of(HOME, 55).or(HOSPITAL, 40).or(OTHER, 5),
			"{Child} put down to sleep after a night feed and found unresponsive in the morning. Ambulance crew started resuscitation; police attended. JAR started.",
			"{Child} found unresponsive while co-sleeping; resuscitation by paramedics was not successful. JAR started."),
	SUDDEN_UNEXPECTED_DEATH_IN_CHILDHOOD(false, 10, EnumSet.of(YEARS_1_TO_4), 20,
			Weighted.of(HOME, 60).or(HOSPITAL, 40),
			"{Child} with a mild cold the day before, found unresponsive in bed in the morning. No known medical history. JAR started."),
	SUSPECTED_NON_ACCIDENTAL_INJURY(false, 1, EnumSet.of(DAYS_28_TO_364, YEARS_1_TO_4), 6,
			Weighted.of(HOSPITAL, 85).or(HOME, 15),
			"{Child} collapsed at home; injuries were found that the history given does not explain. Police and children's social care informed; JAR started."),
	ROAD_TRAFFIC_COLLISION(false, 3, EnumSet.of(YEARS_1_TO_4, YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17), 20,
			Weighted.of(PUBLIC_PLACE, 65).or(HOSPITAL, 35),
			"{Child} struck by a car while crossing the road. Treated by paramedics at the scene. JAR started with the police.",
			"{Child}, a rear-seat passenger in a car in collision with a lorry. Police investigating; JAR started."),
	DROWNING(false, 3, EnumSet.of(YEARS_1_TO_4, YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17), 10,
			Weighted.of(PUBLIC_PLACE, 40).or(OTHER, 25).or(HOSPITAL, 35),
			"{Child} got into difficulty while swimming in a lake with friends; recovered from the water by emergency services. JAR started.",
			"{Child} found in water after going missing briefly during a family outing; bystanders started resuscitation. JAR started."),
	ACUTE_ASTHMA(false, 5, EnumSet.of(YEARS_5_TO_9, YEARS_10_TO_14, YEARS_15_TO_17), 12,
			Weighted.of(HOSPITAL, 60).or(HOME, 30).or(PUBLIC_PLACE, 10),
			"{Child} with asthma had a sudden severe attack; ambulance called, cardiac arrest before arrival at hospital. JAR started."),
	SUSPECTED_SUICIDE(false, 2, EnumSet.of(YEARS_10_TO_14, YEARS_15_TO_17), 30,
			Weighted.of(HOME, 45).or(PUBLIC_PLACE, 45).or(OTHER, 10),
			"{Child} found collapsed; suspected suicide. Known to child and adolescent mental health services. Police attended; JAR started.",
			"{Child} died by suspected suicide; had recently told a school nurse about low mood. Police attended; JAR started.");

	static final int PERINATAL_NEONATAL_EVENT = 8;

	private final boolean expected;
	private final int likelyCategory;
	private final Set<AgeBand> ages;
	private final double weight;
	private final Weighted<PlaceOfDeathType> places;
	private final List<String> circumstances;

	DeathScenario(boolean expected, int likelyCategory, Set<AgeBand> ages, double weight,
			Weighted<PlaceOfDeathType> places, String... circumstances) {
		this.expected = expected;
		this.likelyCategory = likelyCategory;
		this.ages = ages;
		this.weight = weight;
		this.places = places;
		this.circumstances = List.of(circumstances);
	}

	boolean expected() {
		return expected;
	}

	/** The category of death (1 to 10) a panel would most likely record. */
	int likelyCategory() {
		return likelyCategory;
	}

	boolean happensAt(AgeBand age) {
		return ages.contains(age);
	}

	double weight() {
		return weight;
	}

	Weighted<PlaceOfDeathType> places() {
		return places;
	}

	List<String> circumstances() {
		return circumstances;
	}

	/** A suspected stillbirth at home: the baby is born and dies on the same day, at home. */
	boolean suspectedStillbirthAtHome() {
		return this == UNATTENDED_HOME_BIRTH;
	}

	/** Sudden infant deaths happen after the first week (a sleeping baby at home), not on the day of birth. */
	int minimumAgeDays() {
		return this == SUDDEN_UNEXPECTED_DEATH_IN_INFANCY ? 7 : 0;
	}

	/** Deaths whose cause must be investigated always go to the coroner. */
	boolean alwaysReferredToCoroner() {
		return !expected && likelyCategory != 9 && likelyCategory != 5;
	}
}
