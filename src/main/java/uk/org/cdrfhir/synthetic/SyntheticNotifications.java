package uk.org.cdrfhir.synthetic;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

import uk.org.cdrfhir.synthetic.NotificationSender.Professional;
import uk.org.cdrfhir.synthetic.SyntheticDeath.FamilyMember;
import uk.org.cdrfhir.fhir.AgeBand;

/**
 * Generates realistic synthetic child death notifications for the Bedfordshire and Luton footprint: valid
 * cdr-notification-bundle documents whose mix follows the published figures (about 65% under one year,
 * most of them neonatal; about 30% unexpected; about 4 in 10 from a perinatal/neonatal event), with
 * fictional people, NHS numbers from the test range and homes from the bundled postcode sample.
 * The same seed and window always give the same notifications.
 */
public final class SyntheticNotifications {

	/** The footprint notifies 45 to 65 deaths a year. */
	public static final int TYPICAL_DEATHS_PER_YEAR = 55;

	static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/**
	 * Notifications follow a death within 36 hours, a second hospital's within a further day: a window that
	 * ends this many days ago keeps every document in the past.
	 */
	static final int WINDOW_END_MIN_DAYS_AGO = 4;

	private static final Weighted<AgeBand> AGE_BANDS = Weighted.of(AgeBand.UNDER_28_DAYS, 42)
			.or(AgeBand.DAYS_28_TO_364, 23).or(AgeBand.YEARS_1_TO_4, 10).or(AgeBand.YEARS_5_TO_9, 7)
			.or(AgeBand.YEARS_10_TO_14, 8).or(AgeBand.YEARS_15_TO_17, 10);

	/** Share of unexpected deaths by age: sudden infant deaths and, in teenagers, injuries and suicide. */
	private static final Map<AgeBand, Double> UNEXPECTED_SHARE = new EnumMap<>(Map.of(AgeBand.UNDER_28_DAYS, 0.12,
			AgeBand.DAYS_28_TO_364, 0.45, AgeBand.YEARS_1_TO_4, 0.35, AgeBand.YEARS_5_TO_9, 0.25,
			AgeBand.YEARS_10_TO_14, 0.35, AgeBand.YEARS_15_TO_17, 0.6));

	/** Children are taken to the hospital nearest home; Central Bedfordshire is between all three. */
	private static final Map<HomeArea, Weighted<NotifyingSite>> HOSPITAL_BY_RESIDENCE = new EnumMap<>(Map.of(
			HomeArea.LUTON, sites(85, 10, 5),
			HomeArea.BEDFORD, sites(12, 80, 8),
			HomeArea.CENTRAL_BEDFORDSHIRE, sites(50, 35, 15),
			HomeArea.MILTON_KEYNES, sites(5, 10, 85)));
	private static final Weighted<NotifyingSite> HOSPITAL_OTHERWISE = sites(50, 35, 15);

	private static final List<String> GP_PRACTICE_CODES = List.of("E81046", "E81019", "E81003", "E81038", "E81060",
			"E81011", "E81027", "K82004");

	private final Random random;
	private final LocalDate firstDeathDate;
	private final LocalDate lastDeathDate;
	private final HomeAddresses homes;
	private final Set<String> nhsNumbersUsed = new HashSet<>();

	/**
	 * @param seed           the same seed gives the same notifications
	 * @param firstDeathDate first day on which a death may fall
	 * @param lastDeathDate  last day; at least {@value #WINDOW_END_MIN_DAYS_AGO} days ago, so no document is in the future
	 */
	public SyntheticNotifications(long seed, LocalDate firstDeathDate, LocalDate lastDeathDate) {
		if (lastDeathDate.isBefore(firstDeathDate)) {
			throw new IllegalArgumentException("the window ends before it starts: " + firstDeathDate + " to " + lastDeathDate);
		}
		if (lastDeathDate.isAfter(LocalDate.now(ENGLAND).minusDays(WINDOW_END_MIN_DAYS_AGO))) {
			throw new IllegalArgumentException("the window must end at least " + WINDOW_END_MIN_DAYS_AGO
					+ " days ago, so every notification is in the past: " + lastDeathDate);
		}
		this.random = new Random(seed);
		this.firstDeathDate = firstDeathDate;
		this.lastDeathDate = lastDeathDate;
		this.homes = new HomeAddresses(SamplePostcodes.load());
	}

	/** A window of whole years ending {@value #WINDOW_END_MIN_DAYS_AGO} days before {@code today}. */
	public static SyntheticNotifications overYears(long seed, int years, LocalDate today) {
		LocalDate last = today.minusDays(WINDOW_END_MIN_DAYS_AGO);
		return new SyntheticNotifications(seed, last.minusYears(years).plusDays(1), last);
	}

	/** {@code count} notifications of different deaths, in the order they were sent. */
	public List<SyntheticNotification> generate(int count) {
		List<SyntheticNotification> notifications = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			SyntheticDeath death = drawDeath();
			NotifyingSite site = death.deathHospital() != null ? death.deathHospital() : nearestHospital(death.home());
			notifications.add(notify(death, site, death.deathTime().plusMinutes(120 + random.nextInt(34 * 60))));
		}
		notifications.sort(Comparator.comparing(notification -> notification.sender().sentAt()));
		return notifications;
	}

	/**
	 * The same child and death notified by a second hospital (one that also cared for the child): a new
	 * document with its own identifier, sent up to a day after the first, with the same child, NHS number,
	 * dates and circumstances. The intake must recognise it as the same death.
	 */
	public SyntheticNotification notifiedByAnotherHospital(SyntheticNotification first) {
		List<NotifyingSite> others = new ArrayList<>(List.of(NotifyingSite.values()));
		others.remove(first.notifyingSite());
		NotifyingSite site = others.get(random.nextInt(others.size()));
		return notify(first.death(), site, first.sender().sentAt().plusMinutes(180 + random.nextInt(21 * 60)));
	}

	/** The same notification sent again (a retry after a timeout): same identifier, same content. */
	public SyntheticNotification resent(SyntheticNotification notification) {
		return new SyntheticNotification(notification.bundle(), notification.death(), notification.sender());
	}

	private SyntheticNotification notify(SyntheticDeath death, NotifyingSite site, ZonedDateTime sentAt) {
		NotificationSender sender = drawSender(death, site, sentAt.truncatedTo(ChronoUnit.MINUTES));
		return new SyntheticNotification(NotificationWriter.write(death, sender, random), death, sender);
	}

	private SyntheticDeath drawDeath() {
		AgeBand ageBand = AGE_BANDS.pick(random);
		boolean expected = random.nextDouble() >= UNEXPECTED_SHARE.get(ageBand);
		DeathScenario scenario = scenario(ageBand, expected);
		LocalDate deathDate = firstDeathDate.plusDays(random.nextInt(
				(int) ChronoUnit.DAYS.between(firstDeathDate, lastDeathDate) + 1));
		ZonedDateTime deathTime = ZonedDateTime.of(deathDate, LocalTime.of(random.nextInt(24), random.nextInt(60)), ENGLAND);
		LocalDate birthDate = scenario.suspectedStillbirthAtHome() ? deathDate : BirthDates.within(ageBand, deathDate, random);
		while (ChronoUnit.DAYS.between(birthDate, deathDate) < scenario.minimumAgeDays()) {
			birthDate = BirthDates.within(ageBand, deathDate, random);
		}

		HomeAddress home = homes.draw(random);
		PlaceOfDeathType place = scenario.places().pick(random);
		if (place == PlaceOfDeathType.HOME && home.postcode() == null) {
			// a child whose home is unknown or abroad was staying somewhere else
			place = PlaceOfDeathType.OTHER;
		}
		NotifyingSite deathHospital = place == PlaceOfDeathType.HOSPITAL ? nearestHospital(home) : null;

		AdministrativeGender gender = gender(ageBand);
		String familyName = FictionalNames.surname(random);
		List<FamilyMember> family = family(familyName, home);
		boolean named = ageBand != AgeBand.UNDER_28_DAYS || !deathDate.isBefore(birthDate.plusDays(2))
				|| random.nextDouble() < 0.6;
		String givenName = !named ? null
				: gender == AdministrativeGender.MALE ? FictionalNames.boy(random) : FictionalNames.girl(random);
		String nameText = named ? null
				: "Baby of " + family.get(0).givenName() + " " + family.get(0).familyName();

		boolean abroad = home.residence() == HomeArea.OUTSIDE_ENGLAND;
		boolean numberAvailable = !abroad && random.nextDouble() >= 0.02;
		boolean coronerReferral = scenario.alwaysReferredToCoroner() || random.nextDouble() < (expected ? 0.05 : 0.8);
		boolean postMortem = random.nextDouble() < (expected ? 0.06 : coronerReferral ? 0.95 : 0.5);
		// drawn in the order they always were, so that a seed gives the same children as before
		String nhsNumber = numberAvailable ? newNhsNumber() : null;
		EthnicCategory ethnicCategory = random.nextDouble() < 0.05 ? null
				: (home.residence() == HomeArea.LUTON ? EthnicCategory.LUTON : EthnicCategory.ELSEWHERE).pick(random);
		String gpPracticeCode = abroad || random.nextDouble() < 0.15 ? null
				: GP_PRACTICE_CODES.get(random.nextInt(GP_PRACTICE_CODES.size()));
		String circumstances = circumstances(scenario, ageBand, birthDate, deathDate, gender, place, deathHospital);
		return new SyntheticDeath(nhsNumber,
				abroad ? "overseas-patient" : numberAvailable ? null : "nhs-number-not-known",
				givenName, familyName, nameText, gender, birthDate, deathTime, AgeBand.at(birthDate, deathDate),
				ethnicCategory, home, gpPracticeCode, scenario, place, deathHospital, postMortem, coronerReferral,
				circumstances, family, Birth.of(scenario, ageBand, circumstances, birthDate, deathTime.toEpochSecond()));
	}

	private DeathScenario scenario(AgeBand ageBand, boolean expected) {
		Weighted<DeathScenario> candidates = null;
		for (DeathScenario scenario : DeathScenario.values()) {
			if (scenario.expected() == expected && scenario.happensAt(ageBand)) {
				candidates = candidates == null ? Weighted.of(scenario, scenario.weight())
						: candidates.or(scenario, scenario.weight());
			}
		}
		if (candidates == null) {
			throw new IllegalStateException("no scenario for " + ageBand + (expected ? " expected" : " unexpected"));
		}
		return candidates.pick(random);
	}

	private AdministrativeGender gender(AgeBand ageBand) {
		// more boys die than girls at every age; a few newborns' sex is not yet determined
		double draw = random.nextDouble();
		if (ageBand == AgeBand.UNDER_28_DAYS && draw < 0.01) {
			return AdministrativeGender.UNKNOWN;
		}
		return draw < 0.56 ? AdministrativeGender.MALE : AdministrativeGender.FEMALE;
	}

	private List<FamilyMember> family(String familyName, HomeAddress home) {
		List<FamilyMember> family = new ArrayList<>();
		family.add(new FamilyMember("MTH", "mother", FictionalNames.woman(random), familyName, mobile(), true, true));
		if (random.nextDouble() < 0.65) {
			boolean livesWithChild = random.nextDouble() < 0.8;
			family.add(new FamilyMember("FTH", "father", FictionalNames.man(random),
					livesWithChild ? familyName : FictionalNames.surname(random), mobile(), random.nextDouble() < 0.9,
					livesWithChild));
		}
		if (random.nextDouble() < 0.05) {
			family.add(new FamilyMember("GRMTH", "grandmother", FictionalNames.woman(random), familyName, mobile(),
					false, false));
		}
		return family;
	}

	private NotificationSender drawSender(SyntheticDeath death, NotifyingSite site, ZonedDateTime sentAt) {
		boolean neonatal = death.ageBand() == AgeBand.UNDER_28_DAYS;
		String notifierTitle;
		if (!death.expected()) {
			notifierTitle = "On-call consultant paediatrician (JAR lead)";
		} else if (death.placeOfDeath() != PlaceOfDeathType.HOSPITAL) {
			notifierTitle = "Consultant in paediatric palliative care";
		} else {
			notifierTitle = neonatal ? "Consultant neonatologist" : "Consultant paediatrician";
		}
		List<Professional> careTeam = new ArrayList<>();
		if (random.nextDouble() < 0.75) {
			List<Professional> possible = new ArrayList<>();
			if (neonatal) {
				possible.add(nurse("Neonatal nurse"));
				possible.add(nurse("Community midwife"));
			} else if (death.expected()) {
				possible.add(nurse("Children's community nurse"));
				possible.add(nurse("Paediatric palliative care nurse"));
			} else {
				possible.add(new Professional("doctor", "Emergency department consultant", workPhone()));
				possible.add(nurse("Named nurse for safeguarding children"));
			}
			possible.add(death.ageBand().underOneYear() ? nurse("Health visitor") : nurse("School nurse"));
			careTeam.addAll(possible.subList(0, 1 + random.nextInt(possible.size())));
		}
		return new NotificationSender(site, NotificationWriter.randomUuid(random).toString(), sentAt,
				new Professional("doctor", notifierTitle, workPhone()),
				random.nextDouble() < 0.7 ? FictionalNames.doctorSurname(random) : null, random.nextDouble() < 0.15,
				careTeam);
	}

	private NotifyingSite nearestHospital(HomeAddress home) {
		return HOSPITAL_BY_RESIDENCE.getOrDefault(home.residence(), HOSPITAL_OTHERWISE).pick(random);
	}

	private String newNhsNumber() {
		// distinct children must never share a number, or they would look like one child notified twice
		while (true) {
			String number = NhsNumbers.randomTestNumber(random);
			if (nhsNumbersUsed.add(number)) {
				return number;
			}
		}
	}

	private String circumstances(DeathScenario scenario, AgeBand ageBand, LocalDate birthDate,
			LocalDate deathDate, AdministrativeGender gender, PlaceOfDeathType place, NotifyingSite hospital) {
		String template = scenario.circumstances().get(random.nextInt(scenario.circumstances().size()));
		String they = gender == AdministrativeGender.MALE ? "he" : gender == AdministrativeGender.FEMALE ? "she" : "the baby";
		String their = gender == AdministrativeGender.MALE ? "his" : gender == AdministrativeGender.FEMALE ? "her" : "the baby's";
		String text = template.replace("{Child}", childDescription(birthDate, deathDate, gender))
				.replace("{they}", they).replace("{their}", their);
		return text + " " + switch (place) {
			case HOSPITAL -> !scenario.expected() ? "Pronounced dead at " + hospital.siteName() + "."
					: ageBand == AgeBand.UNDER_28_DAYS ? "Died on the neonatal unit at " + hospital.siteName() + "."
							: "Died on the children's ward at " + hospital.siteName() + ".";
			case HOME -> "Died at home.";
			case HOSPICE -> "Died at the children's hospice.";
			case PUBLIC_PLACE -> "Pronounced dead at the scene.";
			case OTHER -> "Died at a relative's home.";
		};
	}

	/** "A 4-month-old girl", "An 8-year-old boy", "A newborn baby". */
	private static String childDescription(LocalDate birthDate, LocalDate deathDate, AdministrativeGender gender) {
		String child = switch (gender) {
			case MALE -> "boy";
			case FEMALE -> "girl";
			default -> "baby";
		};
		long days = ChronoUnit.DAYS.between(birthDate, deathDate);
		long months = ChronoUnit.MONTHS.between(birthDate, deathDate);
		long years = ChronoUnit.YEARS.between(birthDate, deathDate);
		String age;
		if (days < 1) {
			return "A newborn " + (child.equals("baby") ? "baby" : "baby " + child);
		} else if (days < 28) {
			age = days + "-day-old";
		} else if (years < 2) {
			age = Math.max(1, months) + "-month-old";
		} else {
			age = years + "-year-old";
		}
		return (age.matches("(8|11|18)-.*") ? "An " : "A ") + age + " " + child;
	}

	private Professional nurse(String title) {
		return new Professional("nurse", title, workPhone());
	}

	/** Ofcom reserves 01632 960000 to 960999 for drama: never a real line. */
	private String workPhone() {
		return String.format("01632 960%03d", random.nextInt(1000));
	}

	/** Ofcom reserves 07700 900000 to 900999 for drama. */
	private String mobile() {
		return String.format("07700 900%03d", random.nextInt(1000));
	}

	private static Weighted<NotifyingSite> sites(double lutonAndDunstable, double bedford, double miltonKeynes) {
		return Weighted.of(NotifyingSite.LUTON_AND_DUNSTABLE, lutonAndDunstable)
				.or(NotifyingSite.BEDFORD_SOUTH_WING, bedford)
				.or(NotifyingSite.MILTON_KEYNES_UNIVERSITY_HOSPITAL, miltonKeynes);
	}
}
