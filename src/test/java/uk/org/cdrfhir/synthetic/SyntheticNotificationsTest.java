package uk.org.cdrfhir.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import uk.org.cdrfhir.fhir.NhsNumber;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.conformance.ProfileEnforcingInterceptor;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.fhir.AgeBand;

/**
 * The generator's notifications are valid against the notification profile, carry test-range NHS numbers,
 * follow the intended mix, are reproducible, and the duplicate helpers produce what the intake must
 * deduplicate.
 */
class SyntheticNotificationsTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final LocalDate LAST_DEATH = LocalDate.now(SyntheticNotifications.ENGLAND).minusDays(10);
	private static final LocalDate FIRST_DEATH = LAST_DEATH.minusYears(3);

	private static ProfileValidator validator;

	@BeforeAll
	static void buildValidator() {
		validator = new ProfileValidator(FHIR, CdrPackage.load(FHIR));
	}

	@Test
	void twoHundredNotificationsAllValidateWithoutError() {
		List<SyntheticNotification> notifications = generator(42).generate(200);

		assertThat(notifications).hasSize(200);
		for (SyntheticNotification notification : notifications) {
			Bundle bundle = notification.bundle();
			List<SingleValidationMessage> errors = validator
					.validate(bundle, List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE)).getMessages().stream()
					.filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
					.toList();
			assertThat(errors).as(notification.identifierValue() + "\n" + json(bundle)).isEmpty();
		}
	}

	@Test
	void documentsHaveTheExamplesShape() {
		for (SyntheticNotification notification : generator(7).generate(50)) {
			Bundle bundle = notification.bundle();
			assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
			assertThat(bundle.getMeta().hasProfile(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE)).isTrue();
			assertThat(bundle.getIdentifier().getSystem()).isEqualTo(notification.notifyingSite().trust().notificationIdentifierSystem());
			assertThat(bundle.getIdentifier().getValue()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
			assertThat(bundle.getEntryFirstRep().getResource().fhirType()).isEqualTo("Composition");
			Set<String> fullUrls = new HashSet<>();
			bundle.getEntry().forEach(entry -> {
				assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
				// as in the examples, every resource but the base Practitioner claims its cdr profile
				if (!"Practitioner".equals(entry.getResource().fhirType())) {
					assertThat(entry.getResource().getMeta().getProfile()).as(entry.getResource().fhirType()).singleElement()
							.satisfies(profile -> assertThat(profile.getValue()).startsWith("https://cdr-fhir.org.uk/fhir/StructureDefinition/"));
				}
				fullUrls.add(entry.getFullUrl());
			});
			assertThat(FHIR.newTerser().getAllPopulatedChildElementsOfType(bundle, Reference.class))
					.filteredOn(Reference::hasReference)
					.allSatisfy(reference -> assertThat(fullUrls).contains(reference.getReference()));
		}
	}

	@Test
	void nhsNumbersAreDistinctValidTestNumbersOrAbsentWithAReason() {
		List<SyntheticNotification> notifications = generator(42).generate(500);
		List<String> numbers = notifications.stream().map(SyntheticNotification::nhsNumber).filter(n -> n != null).toList();

		assertThat(numbers).allSatisfy(number -> {
			assertThat(number).startsWith("999");
			assertThat(NhsNumber.isValid(number)).as(number).isTrue();
		}).doesNotHaveDuplicates();
		assertThat(numbers.size()).as("a few children without a number").isBetween(470, 499);
		notifications.stream().filter(notification -> notification.nhsNumber() == null).forEach(notification -> {
			Patient child = child(notification.bundle());
			assertThat(child.getIdentifier()).isEmpty();
			assertThat(child.getExtensionByUrl("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberUnavailableReason"))
					.isNotNull();
		});
	}

	@Test
	void nhsNumberCheckDigit() {
		assertThat(NhsNumber.isValid("9994123459")).isTrue();
		assertThat(NhsNumber.isValid("9997030028")).isTrue();
		assertThat(NhsNumber.isValid("9994123458")).isFalse();
		assertThat(NhsNumber.isValid("999412345")).isFalse();
		// 999000000 needs a check digit of 10: no valid number starts with it
		assertThat(NhsNumber.checkDigit("999000000")).isEmpty();
	}

	@Test
	void mixIsRoughlyAsIntended() {
		NotificationMix mix = new NotificationMix(generator(42).generate(500));

		assertThat(mix.share(notification -> notification.ageBand().underOneYear())).isBetween(0.50, 0.80);
		assertThat(mix.share(notification -> notification.ageBand() == AgeBand.UNDER_28_DAYS))
				.as("most under-1s are neonatal").isGreaterThan(mix.share(n -> n.ageBand() == AgeBand.DAYS_28_TO_364));
		assertThat(mix.share(notification -> !notification.expected())).isBetween(0.20, 0.40);
		assertThat(mix.share(SyntheticNotification::perinatalOrNeonatalEvent)).isBetween(0.30, 0.50);
		assertThat(mix.byAgeBand()).containsKey(AgeBand.YEARS_15_TO_17);
		double footprint = mix.share(notification -> notification.residence() == HomeArea.BEDFORD
				|| notification.residence() == HomeArea.CENTRAL_BEDFORDSHIRE || notification.residence() == HomeArea.LUTON);
		assertThat(footprint).isBetween(0.70, 0.90);
		assertThat(mix.byResidence()).containsKeys(HomeArea.MILTON_KEYNES, HomeArea.ELSEWHERE_IN_ENGLAND,
				HomeArea.POSTCODE_NOT_IN_DIRECTORY, HomeArea.NO_POSTCODE);
		assertThat(mix.byNotifyingSite()).containsKeys(NotifyingSite.values());
		// expected deaths mostly in hospital or hospice; unexpected ones more at home or in public
		assertThat(mix.share(n -> n.expected() && (n.placeOfDeath() == PlaceOfDeathType.HOSPITAL
				|| n.placeOfDeath() == PlaceOfDeathType.HOSPICE)) / mix.share(SyntheticNotification::expected))
				.isGreaterThan(0.8);
		assertThat(mix.share(n -> !n.expected() && n.placeOfDeath() != PlaceOfDeathType.HOSPITAL)
				/ mix.share(n -> !n.expected())).isGreaterThan(0.4);
		assertThat(mix.share(n -> !n.expected() && n.coronerReferral()) / mix.share(n -> !n.expected())).isGreaterThan(0.8);
	}

	@Test
	void stateTheLocalAuthoritySometimes() {
		long stated = generator(42).generate(500).stream()
				.filter(notification -> child(notification.bundle()).getAddressFirstRep()
						.hasExtension("https://cdr-fhir.org.uk/fhir/StructureDefinition/local-authority"))
				.count();
		assertThat(stated).isBetween(10L, 100L);
	}

	@Test
	void sameSeedGivesTheSameNotifications() {
		List<String> first = generator(42).generate(20).stream().map(n -> json(n.bundle())).toList();
		List<String> again = generator(42).generate(20).stream().map(n -> json(n.bundle())).toList();
		List<String> otherSeed = generator(43).generate(20).stream().map(n -> json(n.bundle())).toList();

		assertThat(again).isEqualTo(first);
		assertThat(otherSeed).isNotEqualTo(first);
	}

	@Test
	void anotherHospitalNotifiesTheSameChildAndDeathUnderItsOwnIdentifier() {
		SyntheticNotifications generator = generator(5);
		for (SyntheticNotification first : generator.generate(20)) {
			SyntheticNotification second = generator.notifiedByAnotherHospital(first);
			Patient firstChild = child(first.bundle());
			Patient secondChild = child(second.bundle());

			assertThat(second.notifyingSite()).isNotEqualTo(first.notifyingSite());
			assertThat(identifier(second)).isNotEqualTo(identifier(first));
			assertThat(second.bundle().getTimestamp()).isAfter(first.bundle().getTimestamp());
			assertThat(secondChild.getIdentifier()).hasSameSizeAs(firstChild.getIdentifier());
			assertThat(second.nhsNumber()).isEqualTo(first.nhsNumber());
			assertThat(secondChild.getBirthDateElement().getValueAsString()).isEqualTo(firstChild.getBirthDateElement().getValueAsString());
			assertThat(secondChild.getDeceasedDateTimeType().getValueAsString()).isEqualTo(firstChild.getDeceasedDateTimeType().getValueAsString());
			assertThat(secondChild.getNameFirstRep().getNameAsSingleString()).isEqualTo(firstChild.getNameFirstRep().getNameAsSingleString());
			assertThat(validator.validate(second.bundle(), List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE))
					.getMessages()).noneMatch(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
		}
	}

	@Test
	void aResentNotificationHasTheSameIdentifierAndContent() {
		SyntheticNotifications generator = generator(9);
		SyntheticNotification original = generator.generate(1).get(0);
		SyntheticNotification resent = generator.resent(original);

		assertThat(identifier(resent)).isEqualTo(identifier(original));
		assertThat(json(resent.bundle())).isEqualTo(json(original.bundle()));
	}

	private static SyntheticNotifications generator(long seed) {
		return new SyntheticNotifications(seed, FIRST_DEATH, LAST_DEATH);
	}

	private static Patient child(Bundle bundle) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
	}

	private static String identifier(SyntheticNotification notification) {
		Identifier identifier = notification.bundle().getIdentifier();
		return identifier.getSystem() + "|" + identifier.getValue();
	}

	private static String json(Bundle bundle) {
		IParser parser = FHIR.newJsonParser().setPrettyPrint(true);
		return parser.encodeResourceToString(bundle);
	}
}
