package uk.org.cdrfhir.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import uk.org.cdrfhir.support.FhirServerTestBase;

/** The plain FHIR REST API that every capability stands on, over real HTTP. */
class FhirRestApiTest extends FhirServerTestBase {

	private static final String TEST_SYSTEM = "https://cdr-fhir.org.uk/fhir/Id/test";

	private Patient newPatient(String family) {
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(TEST_SYSTEM).setValue(UUID.randomUUID().toString());
		patient.addName().setFamily(family).addGiven("Test");
		patient.setGender(AdministrativeGender.FEMALE);
		return patient;
	}

	@Test
	void createThenReadReturnsWhatWasStored() {
		MethodOutcome created = client.create().resource(newPatient("Created")).execute();

		assertThat(created.getCreated()).isTrue();
		Patient read = client.read().resource(Patient.class).withId(created.getId().toUnqualifiedVersionless()).execute();
		assertThat(read.getNameFirstRep().getFamily()).isEqualTo("Created");
		assertThat(read.getMeta().getVersionId()).isEqualTo("1");
	}

	@Test
	void updateWithCurrentVersionSucceedsAndStaleVersionIsRefusedWith409() {
		IdType id = (IdType) client.create().resource(newPatient("Before")).execute().getId();
		Patient patient = client.read().resource(Patient.class).withId(id.toUnqualifiedVersionless()).execute();

		patient.getNameFirstRep().setFamily("After");
		MethodOutcome updated = client.update().resource(patient).withId(patient.getIdElement())
				.execute(); // HAPI's client sends If-Match with the version the resource carries
		assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");

		// still carries version 1: HAPI answers a stale If-Match with 409 Conflict (R4 would allow 412)
		patient.getNameFirstRep().setFamily("Lost update");
		assertThatThrownBy(() -> client.update().resource(patient).withId(id.withVersion("1")).execute())
				.isInstanceOf(ResourceVersionConflictException.class)
				.extracting(e -> ((BaseServerResponseException) e).getStatusCode()).isEqualTo(409);

		Patient current = client.read().resource(Patient.class).withId(id.toUnqualifiedVersionless()).execute();
		assertThat(current.getNameFirstRep().getFamily()).isEqualTo("After");
	}

	@Test
	void searchFindsByIdentifierAndHistoryListsEveryVersion() {
		Patient patient = newPatient("Searched");
		String identifier = patient.getIdentifierFirstRep().getValue();
		IdType id = (IdType) client.create().resource(patient).execute().getId();
		patient.setId(id.toUnqualifiedVersionless());
		patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2020-01-02"));
		client.update().resource(patient).execute();

		Bundle found = client.search().forResource(Patient.class)
				.where(Patient.IDENTIFIER.exactly().systemAndCode(TEST_SYSTEM, identifier))
				.returnBundle(Bundle.class).execute();
		assertThat(found.getEntry()).hasSize(1);
		assertThat(((Patient) found.getEntryFirstRep().getResource()).getBirthDateElement().getValueAsString())
				.isEqualTo("2020-01-02");

		Bundle history = client.history().onInstance(id.toUnqualifiedVersionless()).returnBundle(Bundle.class).execute();
		assertThat(history.getEntry()).extracting(e -> e.getResource().getMeta().getVersionId())
				.containsExactlyInAnyOrder("1", "2");
	}

	@Test
	void transactionIsAllOrNothing() {
		int patientsBefore = count("Patient");
		int observationsBefore = count("Observation");

		Bundle transaction = new Bundle().setType(BundleType.TRANSACTION);
		Patient patient = newPatient("InTransaction");
		String patientUrl = "urn:uuid:" + UUID.randomUUID();
		transaction.addEntry().setFullUrl(patientUrl).setResource(patient)
				.getRequest().setMethod(HTTPVerb.POST).setUrl("Patient");
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.getCode().setText("weight");
		observation.setSubject(new Reference(patientUrl));
		transaction.addEntry().setResource(observation).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");
		// one bad entry: a reference to a patient that does not exist
		Observation dangling = observation.copy();
		dangling.setSubject(new Reference("Patient/does-not-exist"));
		transaction.addEntry().setResource(dangling).getRequest().setMethod(HTTPVerb.POST).setUrl("Observation");

		assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
				.isInstanceOf(BaseServerResponseException.class)
				.extracting(e -> ((BaseServerResponseException) e).getStatusCode()).isIn(400, 404, 422);
		assertThat(count("Patient")).isEqualTo(patientsBefore);
		assertThat(count("Observation")).isEqualTo(observationsBefore);

		transaction.getEntry().remove(2);
		Bundle response = client.transaction().withBundle(transaction).execute();
		assertThat(response.getEntry()).allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
		assertThat(count("Patient")).isEqualTo(patientsBefore + 1);
		assertThat(count("Observation")).isEqualTo(observationsBefore + 1);
	}

	@Test
	void conditionalCreateStoresOnceAndReturnsTheExistingResourceAfterwards() {
		Patient patient = newPatient("Conditional");
		String condition = "identifier=" + TEST_SYSTEM + "|" + patient.getIdentifierFirstRep().getValue();

		MethodOutcome first = client.create().resource(patient).conditionalByUrl("Patient?" + condition).execute();
		MethodOutcome second = client.create().resource(patient).conditionalByUrl("Patient?" + condition).execute();

		assertThat(first.getCreated()).isTrue();
		assertThat(second.getCreated()).isNotEqualTo(Boolean.TRUE);
		assertThat(second.getId().toUnqualifiedVersionless().getValue())
				.isEqualTo(first.getId().toUnqualifiedVersionless().getValue());
		Bundle matches = client.search().byUrl("Patient?" + condition).returnBundle(Bundle.class).execute();
		assertThat(matches.getEntry()).hasSize(1);
	}
}
