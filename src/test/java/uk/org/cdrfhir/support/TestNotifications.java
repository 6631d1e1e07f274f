package uk.org.cdrfhir.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.synthetic.NhsNumbers;

/** Notifications for tests: the package's complete example, made into a new child's. */
public final class TestNotifications {

	private static final String EXAMPLE = "Bundle-notification-expected-neonatal.json";
	private static final String EXAMPLE_MESSAGE = "Bundle-notification-message-unexpected-home.json";

	private final Bundle bundle;

	private TestNotifications(Bundle bundle) {
		this.bundle = bundle;
	}

	/** A new child (a fresh test-range NHS number, recorded in {@link TestChildren}) notified under a new identifier. */
	public static TestNotifications newChild(CdrPackage cdrPackage) {
		TestNotifications notification = new TestNotifications(((Bundle) cdrPackage.examples().get(EXAMPLE)).copy());
		notification.child().getIdentifierFirstRep().setValue(NhsNumbers.randomTestNumber(ThreadLocalRandom.current()));
		TestChildren.record(notification.child());
		return notification.withNewIdentifier();
	}

	/** The same child and death, sent by another system under its own identifier. */
	public TestNotifications fromAnotherHospital() {
		return new TestNotifications(bundle.copy()).withNewIdentifier();
	}

	public TestNotifications withNewIdentifier() {
		bundle.getIdentifier().setSystem("https://fhir.rc9.example.nhs.uk/Id/cdr-notification")
				.setValue(UUID.randomUUID().toString());
		return this;
	}

	public TestNotifications livingAt(String postcode) {
		home().setPostalCode(postcode);
		return this;
	}

	public TestNotifications withoutPostcode() {
		home().setPostalCodeElement(null);
		return this;
	}

	public TestNotifications withStatedLocalAuthority(String gssCode) {
		home().addExtension(CdrUrls.LOCAL_AUTHORITY, new Coding(CdrUrls.GSS_SYSTEM, gssCode, null));
		return this;
	}

	/** The child was born this long before the death (the example's child died at 4 days). */
	public TestNotifications bornBeforeDeath(java.time.Period age) {
		java.time.LocalDate death = child().getDeceasedDateTimeType().getValueAsCalendar().toZonedDateTime().toLocalDate();
		child().setBirthDateElement(new org.hl7.fhir.r4.model.DateType(death.minus(age).toString()));
		return this;
	}

	public TestNotifications unexpected() {
		bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance).map(Observation.class::cast)
				.filter(o -> o.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, "expectedness"))
				.forEach(o -> o.setValue(new CodeableConcept(new Coding(CdrUrls.EXPECTEDNESS_SYSTEM, "unexpected", "Unexpected death"))));
		return this;
	}

	/** The child died in a place of the given cdr-place-of-death-type (e.g. custody), which has no ODS code. */
	public TestNotifications diedIn(String placeType) {
		Location place = resource(Location.class);
		place.getIdentifier().clear();
		place.setManagingOrganization(null);
		place.getTypeFirstRep().getCodingFirstRep().setCode(placeType).setDisplay(null);
		return this;
	}

	/** The child also claims UK Core Patient in meta.profile, as an EPR may. */
	public TestNotifications claimingUkCorePatient() {
		child().getMeta().addProfile("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
		return this;
	}

	/** The JAR answer sent as a boolean, the guide's first form. */
	public TestNotifications withBooleanJarAnswer() {
		observation("jar-started").setValue(new BooleanType(false));
		return this;
	}

	/** The baby was born at this gestation in weeks (the example's at 29). */
	public TestNotifications bornAtWeeks(double weeks) {
		gestationAtBirth().getValueQuantity().setValue(weeks);
		return this;
	}

	/** The perinatal details say nothing of the gestation at birth (the birth weight and the rest stay). */
	public TestNotifications withoutGestation() {
		observation("perinatal").getComponent().remove(gestationAtBirth());
		return this;
	}

	private Observation.ObservationComponentComponent gestationAtBirth() {
		return observation("perinatal").getComponent().stream()
				.filter(component -> component.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, "gestation-at-birth"))
				.findFirst().orElseThrow();
	}

	public Observation observation(String code) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance).map(Observation.class::cast)
				.filter(o -> o.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, code))
				.findFirst().orElseThrow();
	}

	private <T> T resource(Class<T> type) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
	}

	public Bundle bundle() {
		return bundle;
	}

	/** This notification in a cdr-notification-message (the package's example message, with a new header id). */
	public Bundle inMessage(CdrPackage cdrPackage) {
		Bundle message = ((Bundle) cdrPackage.examples().get(EXAMPLE_MESSAGE)).copy();
		message.setId((String) null);
		message.getIdentifier().setValue(UUID.randomUUID().toString());
		MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
		String headerId = UUID.randomUUID().toString();
		header.setId(headerId);
		message.getEntryFirstRep().setFullUrl("urn:uuid:" + headerId);
		message.getEntry().get(1).setResource(bundle);
		return message;
	}

	public String nhsNumber() {
		return child().getIdentifierFirstRep().getValue();
	}

	public Patient child() {
		return (Patient) bundle.getEntry().get(1).getResource();
	}

	private Address home() {
		return child().getAddressFirstRep();
	}

}
