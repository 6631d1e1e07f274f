package uk.org.cdrfhir.synthetic;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import uk.org.cdrfhir.synthetic.NotificationSender.Professional;
import uk.org.cdrfhir.synthetic.SyntheticDeath.FamilyMember;

/**
 * Writes one notification document in the shape of the cdr-fhir examples: a Bundle of type document whose
 * first entry is the Composition, each entry with a {@code urn:uuid:} fullUrl that every reference uses,
 * each resource claiming its cdr profile.
 */
final class NotificationWriter {

	private static final String CANONICAL = "https://cdr-fhir.org.uk/fhir";
	private static final String PROFILE = CANONICAL + "/StructureDefinition/";
	private static final String CODE_SYSTEM = CANONICAL + "/CodeSystem/";
	private static final String DEATH_DETAIL = CODE_SYSTEM + "cdr-death-detail";
	private static final String NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number";
	private static final String ROLE_CODES = "http://terminology.hl7.org/CodeSystem/practitioner-role";
	private static final String RELATIONSHIP_CODES = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
	private static final String GSS = "http://statistics.data.gov.uk/id/statistical-geography";
	private static final String UK_CORE = "https://fhir.hl7.org.uk/";
	private static final String UCUM = "http://unitsofmeasure.org";
	private static final String LIST_EMPTY_REASONS = "http://terminology.hl7.org/CodeSystem/list-empty-reason";

	/** No hospice is in the postcode sample; this one and its ODS code are invented. */
	private static final String HOSPICE_ODS_CODE = "NHX01";
	private static final String HOSPICE_NAME = "Children's hospice (synthetic)";

	private final SyntheticDeath death;
	private final NotificationSender sender;
	private final Random random;
	private final Bundle bundle = new Bundle();
	private final String childUrl;

	private NotificationWriter(SyntheticDeath death, NotificationSender sender, Random random) {
		this.death = death;
		this.sender = sender;
		this.random = random;
		this.childUrl = newFullUrl();
	}

	static Bundle write(SyntheticDeath death, NotificationSender sender, Random random) {
		return new NotificationWriter(death, sender, random).write();
	}

	private Bundle write() {
		bundle.getMeta().addProfile(PROFILE + "cdr-notification-bundle");
		bundle.setIdentifier(new Identifier().setSystem(sender.site().trust().notificationIdentifierSystem())
				.setValue(sender.identifierValue()));
		bundle.setType(Bundle.BundleType.DOCUMENT);
		bundle.setTimestampElement(new InstantType(Date.from(sender.sentAt().toInstant()), TemporalPrecisionEnum.SECOND,
				timeZone(sender.sentAt())));

		Composition composition = new Composition();
		String compositionUrl = newFullUrl();
		bundle.addEntry().setFullUrl(compositionUrl).setResource(composition);
		add(childUrl, child());
		List<String> deathDetails = deathObservations();
		String perinatalUrl = death.birth() == null ? null : perinatal(death.birth());
		String placeUrl = newFullUrl();
		String organisationUrl = newFullUrl();
		add(placeUrl, placeOfDeath(organisationUrl));
		List<String> family = new ArrayList<>();
		for (FamilyMember member : death.family()) {
			String url = newFullUrl();
			add(url, relatedPerson(member));
			family.add(url);
		}
		String notifierUrl = newFullUrl();
		String practitionerUrl = sender.notifierSurname() == null ? null : newFullUrl();
		List<String> professionals = professionals(notifierUrl, practitionerUrl, organisationUrl);
		add(organisationUrl, organisation());
		if (practitionerUrl != null) {
			add(practitionerUrl, practitioner());
		}

		composition.getMeta().addProfile(PROFILE + "cdr-notification-composition");
		composition.setStatus(Composition.CompositionStatus.FINAL);
		composition.setType(concept(CODE_SYSTEM + "cdr-document-type", "child-death-notification", "Child death notification"));
		composition.setSubject(reference(childUrl));
		composition.setDateElement(dateTime(sender.sentAt()));
		composition.addAuthor(reference(sender.authoredByOrganisation() ? organisationUrl : notifierUrl));
		composition.setTitle("Child death notification");
		section(composition, "child", "The child", List.of(childUrl));
		section(composition, "death", "The death", deathDetails);
		section(composition, "place-of-death", "Place of death", List.of(placeUrl));
		section(composition, "family", "Family and carers", family);
		if (professionals.isEmpty()) {
			// a required section: without the professionals' names, it says why it is empty (and, as every
			// section must hold something, in its text)
			Composition.SectionComponent section = composition.addSection().setTitle("Professionals involved")
					.setCode(concept(CODE_SYSTEM + "cdr-section", "professionals", null))
					.setEmptyReason(concept(LIST_EMPTY_REASONS, "unavailable", "Unavailable"));
			section.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
					.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">The notifier cannot name the other professionals yet.</div>");
		} else {
			section(composition, "professionals", "Professionals involved", professionals);
		}
		section(composition, "notifier", "Notifier", List.of(notifierUrl));
		if (perinatalUrl != null) {
			section(composition, "perinatal", "Perinatal and neonatal details", List.of(perinatalUrl));
		}
		return bundle;
	}

	private Patient child() {
		Patient child = new Patient();
		child.getMeta().addProfile(PROFILE + "cdr-child");
		if (death.nhsNumber() != null) {
			child.addIdentifier().setSystem(NHS_NUMBER).setValue(death.nhsNumber());
		} else {
			child.addExtension(UK_CORE + "StructureDefinition/Extension-UKCore-NHSNumberUnavailableReason",
					concept(UK_CORE + "CodeSystem/UKCore-NHSNumberUnavailableReason", death.nhsNumberUnavailableReason(),
							"overseas-patient".equals(death.nhsNumberUnavailableReason()) ? "Overseas patient" : "NHS number not known"));
		}
		if (death.ethnicCategory() != null) {
			child.addExtension("https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory",
					concept(EthnicCategory.SYSTEM, death.ethnicCategory().code(), death.ethnicCategory().display()));
		}
		HumanName name = child.addName().setFamily(death.familyName());
		if (death.givenName() != null) {
			name.setUse(HumanName.NameUse.OFFICIAL).addGiven(death.givenName());
		} else {
			name.setText(death.nameText());
		}
		child.addAddress(homeAddress());
		if (death.gpPracticeCode() != null) {
			child.addGeneralPractitioner(new Reference().setIdentifier(new Identifier()
					.setSystem(NotifyingSite.Ods.ORGANIZATION_CODE).setValue(death.gpPracticeCode()))
					.setDisplay("Registered GP practice (synthetic)"));
		}
		child.setGender(death.gender());
		child.setBirthDateElement(new DateType(death.birthDate().toString()));
		child.setDeceased(dateTime(death.deathTime()));
		return child;
	}

	private Address homeAddress() {
		HomeAddress home = death.home();
		Address address = new Address().setUse(Address.AddressUse.HOME).setCountry(home.country());
		if (home.line() != null) {
			address.addLine(home.line());
		}
		address.setCity(home.city()).setPostalCode(home.postcode()).setText(home.text());
		if (home.statedLocalAuthority() != null) {
			address.addExtension(PROFILE + "local-authority", new Coding(GSS, home.statedLocalAuthority(),
					home.residence().label()));
		}
		return address;
	}

	private List<String> deathObservations() {
		List<String> urls = new ArrayList<>();
		urls.add(observation("cdr-death-expectedness", "expectedness", death.expected()
				? concept(CODE_SYSTEM + "cdr-expectedness", "expected", "Expected death")
				: concept(CODE_SYSTEM + "cdr-expectedness", "unexpected", "Unexpected death")));
		// a Joint Agency Response starts for every unexpected death
		urls.add(observation("cdr-jar-started", "jar-started", answer(!death.expected())));
		urls.add(observation("cdr-post-mortem", "post-mortem", death.postMortem()
				? concept(CODE_SYSTEM + "cdr-post-mortem-status", "arranged", "Arranged")
				: concept(CODE_SYSTEM + "cdr-post-mortem-status", "not-required", "Not required")));
		urls.add(observation("cdr-coroner-referral", "coroner-referral", answer(death.coronerReferral())));
		urls.add(observation("cdr-suspected-stillbirth-at-home", "suspected-stillbirth-at-home",
				new BooleanType(death.scenario().suspectedStillbirthAtHome())));
		urls.add(observation("cdr-death-circumstances", "circumstances", new StringType(death.circumstances())));
		return urls;
	}

	private static CodeableConcept answer(boolean yes) {
		return yes ? concept(CODE_SYSTEM + "cdr-answer", "yes", "Yes") : concept(CODE_SYSTEM + "cdr-answer", "no", "No");
	}

	/** The perinatal details of a baby: gestation (weeks), birth weight (grams), plurality, the perinatal review. */
	private String perinatal(Birth birth) {
		Observation observation = new Observation();
		observation.getMeta().addProfile(PROFILE + "cdr-perinatal");
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.setCode(new CodeableConcept(new Coding().setSystem(DEATH_DETAIL).setCode("perinatal")));
		observation.setSubject(reference(childUrl));
		observation.setEffective(new DateTimeType(death.birthDate().toString()));
		observation.addComponent().setCode(concept(DEATH_DETAIL, "gestation-at-birth", null))
				.setValue(new Quantity().setValue(birth.gestationWeeks()).setUnit("weeks").setSystem(UCUM).setCode("wk"));
		observation.addComponent().setCode(concept(DEATH_DETAIL, "birth-weight", null))
				.setValue(new Quantity().setValue(birth.weightGrams()).setUnit("g").setSystem(UCUM).setCode("g"));
		observation.addComponent().setCode(concept(DEATH_DETAIL, "plurality", null))
				.setValue(concept(CODE_SYSTEM + "cdr-plurality", birth.plurality(), null));
		if (birth.perinatalReview() != null) {
			observation.addComponent().setCode(concept(DEATH_DETAIL, "perinatal-mortality-review", null))
					.setValue(new StringType(birth.perinatalReview()));
		}
		String url = newFullUrl();
		add(url, observation);
		return url;
	}

	private String observation(String profile, String code, Type value) {
		Observation observation = new Observation();
		observation.getMeta().addProfile(PROFILE + profile);
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.setCode(new CodeableConcept(new Coding().setSystem(DEATH_DETAIL).setCode(code)));
		observation.setSubject(reference(childUrl));
		observation.setEffective(dateTime(death.deathTime()));
		observation.setValue(value);
		String url = newFullUrl();
		add(url, observation);
		return url;
	}

	private Location placeOfDeath(String organisationUrl) {
		Location place = new Location();
		place.getMeta().addProfile(PROFILE + "cdr-place-of-death");
		PlaceOfDeathType type = death.placeOfDeath();
		HomeAddress home = death.home();
		switch (type) {
			case HOSPITAL -> {
				NotifyingSite site = death.deathHospital();
				place.addIdentifier().setSystem(site.odsSystem()).setValue(site.odsCode());
				place.setName(site.siteName());
				place.setAddress(new Address().addLine(site.street()).setCity(site.city()).setPostalCode(site.postcode()));
				// the trust's Organization is in the document only when that trust sends it
				if (site.trust() == sender.site().trust()) {
					place.setManagingOrganization(reference(organisationUrl));
				}
			}
			case HOSPICE -> {
				place.addIdentifier().setSystem(NotifyingSite.Ods.ORGANIZATION_CODE).setValue(HOSPICE_ODS_CODE);
				place.setName(HOSPICE_NAME);
			}
			case HOME -> {
				place.setName("Family home");
				place.setAddress(new Address().addLine(home.line()).setCity(home.city()).setPostalCode(home.postcode()));
			}
			case PUBLIC_PLACE -> place.setName("Public place");
			case OTHER -> place.setName("Relative's home");
		}
		if ((type == PlaceOfDeathType.PUBLIC_PLACE || type == PlaceOfDeathType.OTHER) && home.city() != null) {
			place.setAddress(new Address().setCity(home.city()));
		}
		place.addType(concept(CODE_SYSTEM + "cdr-place-of-death-type", type.code(), type.display()));
		return place;
	}

	private RelatedPerson relatedPerson(FamilyMember member) {
		RelatedPerson person = new RelatedPerson();
		person.getMeta().addProfile(PROFILE + "cdr-related-person");
		person.addExtension(PROFILE + "parental-responsibility", new BooleanType(member.parentalResponsibility()));
		person.setPatient(reference(childUrl));
		person.addRelationship(concept(RELATIONSHIP_CODES, member.relationshipCode(), member.relationshipDisplay()));
		person.addName().setFamily(member.familyName()).addGiven(member.givenName());
		person.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(member.phone());
		HomeAddress home = death.home();
		if (member.livesWithChild() && home.postcode() != null) {
			person.addAddress().addLine(home.line()).setCity(home.city()).setPostalCode(home.postcode());
		}
		return person;
	}

	/**
	 * Adds the notifier's role and, when the sender lists them, a care team with the other professionals'
	 * roles; returns the professionals section's entries (none without a care team).
	 */
	private List<String> professionals(String notifierUrl, String practitionerUrl, String organisationUrl) {
		if (sender.careTeam().isEmpty()) {
			add(notifierUrl, role(sender.notifier(), organisationUrl, practitionerUrl));
			return List.of();
		}
		CareTeam team = new CareTeam();
		team.getMeta().addProfile(PROFILE + "cdr-care-team");
		team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
		team.setName("Professionals who cared for " + (death.givenName() != null ? death.givenName() : "the baby"));
		team.setSubject(reference(childUrl));
		team.addParticipant().addRole(new CodeableConcept().setText(sender.notifier().title() + " (notifier)"))
				.setMember(reference(notifierUrl));
		String teamUrl = newFullUrl();
		add(teamUrl, team);
		add(notifierUrl, role(sender.notifier(), organisationUrl, practitionerUrl));
		for (Professional professional : sender.careTeam()) {
			String url = newFullUrl();
			add(url, role(professional, organisationUrl, null));
			team.addParticipant().addRole(new CodeableConcept().setText(professional.title())).setMember(reference(url));
		}
		return List.of(teamUrl);
	}

	private PractitionerRole role(Professional professional, String organisationUrl, String practitionerUrl) {
		PractitionerRole role = new PractitionerRole();
		role.getMeta().addProfile(PROFILE + "cdr-notifier-role");
		if (practitionerUrl != null) {
			role.setPractitioner(reference(practitionerUrl));
		}
		role.setOrganization(reference(organisationUrl));
		String display = "doctor".equals(professional.roleCode()) ? "Doctor" : "Nurse";
		role.addCode(concept(ROLE_CODES, professional.roleCode(), display).setText(professional.title()));
		role.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(professional.phone())
				.setUse(ContactPoint.ContactPointUse.WORK);
		return role;
	}

	private Organization organisation() {
		NotifyingSite site = sender.site();
		Organization organisation = new Organization();
		organisation.getMeta().addProfile(PROFILE + "cdr-organization");
		organisation.addIdentifier().setSystem(NotifyingSite.Ods.ORGANIZATION_CODE).setValue(site.trust().odsCode());
		organisation.setName(site.trust().organisationName());
		organisation.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(site.trust().switchboard());
		organisation.addAddress().addLine(site.street()).setCity(site.city()).setPostalCode(site.postcode());
		return organisation;
	}

	private Practitioner practitioner() {
		Practitioner practitioner = new Practitioner();
		practitioner.addName().addPrefix("Dr").setFamily(sender.notifierSurname());
		return practitioner;
	}

	private static void section(Composition composition, String code, String title, List<String> entries) {
		Composition.SectionComponent section = composition.addSection().setTitle(title)
				.setCode(concept(CODE_SYSTEM + "cdr-section", code, title));
		entries.forEach(url -> section.addEntry(reference(url)));
	}

	private void add(String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	/** A version 4 UUID drawn from the seeded generator, so a seed always gives the same document. */
	private String newFullUrl() {
		return "urn:uuid:" + randomUuid(random);
	}

	static UUID randomUuid(Random random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private static Reference reference(String fullUrl) {
		return new Reference(fullUrl);
	}

	private static CodeableConcept concept(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display));
	}

	private static DateTimeType dateTime(ZonedDateTime time) {
		return new DateTimeType(Date.from(time.toInstant()), TemporalPrecisionEnum.SECOND, timeZone(time));
	}

	private static TimeZone timeZone(ZonedDateTime time) {
		return TimeZone.getTimeZone(time.getZone());
	}
}
