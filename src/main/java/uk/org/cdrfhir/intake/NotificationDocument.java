package uk.org.cdrfhir.intake;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * A child death notification document, read the way the intake needs it. Only documents that
 * passed the notification profile get here, so their structure can be relied on.
 */
public final class NotificationDocument {

	private final Bundle bundle;

	private NotificationDocument(Bundle bundle) {
		this.bundle = bundle;
	}

	/** Every document Bundle this server accepts is a notification (the profile enforces it). */
	public static Optional<NotificationDocument> of(IBaseResource resource) {
		if (resource instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.DOCUMENT) {
			return Optional.of(new NotificationDocument(bundle));
		}
		return Optional.empty();
	}

	public Bundle bundle() {
		return bundle;
	}

	public String identifierSystem() {
		return bundle.getIdentifier().getSystem();
	}

	public String identifierValue() {
		return bundle.getIdentifier().getValue();
	}

	public Patient child() {
		String childUrl = composition().getSubject().getReference();
		return bundle.getEntry().stream()
				.filter(entry -> childUrl.equals(entry.getFullUrl()))
				.map(BundleEntryComponent::getResource)
				.map(Patient.class::cast)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("the notification's subject is not in the document"));
	}

	/**
	 * The child as a resource of its own, outside the document: references into the document
	 * (the GP practice, the managing organisation) become logical references by their identifier.
	 */
	public Patient childStandingAlone() {
		Patient child = child().copy();
		child.setId((String) null);
		child.getGeneralPractitioner().replaceAll(this::logical);
		if (child.hasManagingOrganization()) {
			child.setManagingOrganization(logical(child.getManagingOrganization()));
		}
		return child;
	}

	private Reference logical(Reference reference) {
		if (!reference.hasReference() || !reference.getReference().startsWith("urn:")) {
			return reference;
		}
		Reference logical = new Reference().setDisplay(reference.getDisplay());
		bundle.getEntry().stream()
				.filter(entry -> reference.getReference().equals(entry.getFullUrl()))
				.map(BundleEntryComponent::getResource)
				.findFirst()
				.ifPresent(target -> {
					logical.setType(target.fhirType());
					identifierOf(target).ifPresent(logical::setIdentifier);
				});
		return logical;
	}

	private static Optional<Identifier> identifierOf(Resource resource) {
		if (resource instanceof Organization organization && organization.hasIdentifier()) {
			return Optional.of(organization.getIdentifierFirstRep().copy());
		}
		if (resource instanceof PractitionerRole role && role.hasIdentifier()) {
			return Optional.of(role.getIdentifierFirstRep().copy());
		}
		return Optional.empty();
	}

	/**
	 * True when the death needs a Joint Agency Response: the notifier reports it as unexpected, or the
	 * child died in custody or in a mental-health unit (Working Together 2018: a JAR whatever the
	 * expectedness).
	 */
	public boolean needsJointAgencyResponse() {
		return expectedness().filter("unexpected"::equals).isPresent()
				|| placeOfDeathType().filter(type -> type.equals("custody") || type.equals("mental-health-unit")).isPresent();
	}

	/** The notifier's expectedness of the death (cdr-expectedness code), if given. */
	public Optional<String> expectedness() {
		return deathDetails("expectedness")
				.map(Observation::getValue)
				.filter(CodeableConcept.class::isInstance)
				.map(CodeableConcept.class::cast)
				.flatMap(value -> value.getCoding().stream())
				.filter(coding -> CdrUrls.EXPECTEDNESS_SYSTEM.equals(coding.getSystem()))
				.map(Coding::getCode)
				.findFirst();
	}

	/** The kind of place of death (cdr-place-of-death-type code), if given. */
	public Optional<String> placeOfDeathType() {
		return bundle.getEntry().stream()
				.map(BundleEntryComponent::getResource)
				.filter(Location.class::isInstance)
				.map(Location.class::cast)
				.flatMap(place -> place.getType().stream())
				.flatMap(type -> type.getCoding().stream())
				.filter(coding -> CdrUrls.PLACE_OF_DEATH_TYPE_SYSTEM.equals(coding.getSystem()))
				.map(Coding::getCode)
				.findFirst();
	}

	/** The baby's gestation at birth in weeks (the perinatal details' component, unit wk), if given. */
	public Optional<BigDecimal> gestationAtBirthWeeks() {
		return deathDetails("perinatal")
				.flatMap(observation -> observation.getComponent().stream())
				.filter(component -> component.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, "gestation-at-birth"))
				.map(Observation.ObservationComponentComponent::getValue)
				.filter(Quantity.class::isInstance)
				.map(Quantity.class::cast)
				.map(Quantity::getValue)
				.filter(Objects::nonNull)
				.findFirst();
	}

	/** The document's observations of a cdr-death-detail code. */
	private Stream<Observation> deathDetails(String code) {
		return bundle.getEntry().stream()
				.map(BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance)
				.map(Observation.class::cast)
				.filter(observation -> observation.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, code));
	}

	/**
	 * Hash of what the sender sent, without what a server assigns (id, meta): the same notification
	 * sent again has the same hash.
	 */
	public String contentHash(FhirContext fhirContext) {
		return CdrPackage.contentHash(fhirContext, bundle);
	}

	private Composition composition() {
		return (Composition) bundle.getEntryFirstRep().getResource();
	}
}
