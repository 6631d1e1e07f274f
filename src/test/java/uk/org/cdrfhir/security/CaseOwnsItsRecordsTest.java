package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.support.BackendServicesClient;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * The case owns its records: what an independent acceptance run found when records took their area
 * from their own content, each reproduced. A Bedfordshire and a Luton case; the designated doctors
 * try to reach across.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseOwnsItsRecordsTest extends FhirServerTestBase {

	static final String MISSING_ID = "987654321";

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private SecurityProperties security;

	private final HttpClient http = HttpClient.newHttpClient();

	private AreaRecords beds;
	private AreaRecords luton;

	/** The records of one case, by type, as the CDR Manager sees them. */
	record AreaRecords(String caseId, String caseNumber, String child, String notification, String task, String observation,
			String nhsNumber) {

		String id(String type) {
			return switch (type) {
				case "EpisodeOfCare" -> caseId;
				case "Patient" -> child;
				case "Bundle" -> notification;
				case "Task" -> task;
				case "Observation" -> observation;
				default -> throw new IllegalArgumentException(type);
			};
		}
	}

	@BeforeAll
	void aBedfordshireAndALutonCase() throws Exception {
		createClient();
		beds = caseAt("MK40 1SJ");
		luton = caseAt("LU3 2SR");
	}

	private AreaRecords caseAt(String postcode) throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt(postcode);
		String caseId = notifyCase(notification);
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(caseId).execute();
		String child = episode.getPatient().getReferenceElement().getIdPart();
		String bundle = new Reference(((Reference) episode.getExtensionByUrl(CdrUrls.CASE_NOTIFICATION).getValue())
				.getReference()).getReferenceElement().getIdPart();
		String task = ((org.hl7.fhir.r4.model.Bundle) parse(get("/fhir/Task?focus=EpisodeOfCare/" + caseId).body()))
				.getEntryFirstRep().getResource().getIdElement().getIdPart();
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
				.setCode(new CodeableConcept().setText("note")).setSubject(new Reference("Patient/" + child));
		String observationId = client.create().resource(observation).execute().getId().getIdPart();
		return new AreaRecords(caseId, episode.getIdentifierFirstRep().getValue(), child, bundle, task, observationId,
				notification.nhsNumber());
	}

	// finding 1: a doctor re-points their own case at another area's child and notification

	@Test
	void aDoctorCannotRepointTheirOwnCaseAtAnotherAreasChild() throws Exception {
		EpisodeOfCare own = as(DemoClient.DOCTOR_LUTON).read().resource(EpisodeOfCare.class).withId(luton.caseId()).execute();
		own.setPatient(new Reference("Patient/" + beds.child()));
		own.addExtension(CdrUrls.CASE_NOTIFICATION, new Reference("Bundle/" + beds.notification()));
		own.setCareManager(new Reference("PractitionerRole/cdr-manager"));

		HttpResponse<String> takeover = send(DemoClient.DOCTOR_LUTON, "PUT", "/EpisodeOfCare/" + luton.caseId(), json(own));

		assertThat(takeover.statusCode()).as(takeover.body()).isBetween(400, 499);
		assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Patient/" + beds.child()).statusCode()).isEqualTo(200);
		assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Bundle/" + beds.notification()).statusCode()).isEqualTo(200);
		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/Patient/" + beds.child()).statusCode()).isEqualTo(404);
		EpisodeOfCare stored = client.read().resource(EpisodeOfCare.class).withId(luton.caseId()).execute();
		assertThat(stored.getPatient().getReference()).isEqualTo("Patient/" + luton.child());
	}

	@Test
	void aDoctorCannotRerouteTheirOwnCaseEvenWithinTheirArea() throws Exception {
		EpisodeOfCare own = as(DemoClient.DOCTOR_BEDFORDSHIRE).read().resource(EpisodeOfCare.class).withId(beds.caseId()).execute();
		own.setCareManager(new Reference("PractitionerRole/cdr-manager"));

		HttpResponse<String> rerouted = send(DemoClient.DOCTOR_BEDFORDSHIRE, "PUT", "/EpisodeOfCare/" + beds.caseId(), json(own));

		assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(409);
		assertThat(rerouted.body()).contains("$transfer");
	}

	@Test
	void aDoctorMayStillUpdateWhatIsTheirsToChangeOnTheirCase() throws Exception {
		EpisodeOfCare own = as(DemoClient.DOCTOR_BEDFORDSHIRE).read().resource(EpisodeOfCare.class).withId(beds.caseId()).execute();
		own.addDiagnosis().setCondition(new Reference().setDisplay("working diagnosis"));

		HttpResponse<String> updated = send(DemoClient.DOCTOR_BEDFORDSHIRE, "PUT", "/EpisodeOfCare/" + beds.caseId(), json(own));

		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
		assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare/" + beds.caseId()).statusCode()).isEqualTo(200);
		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/EpisodeOfCare/" + beds.caseId()).statusCode()).isEqualTo(404);
	}

	// finding 2: writes pointing at another area's records, and the existence oracle they opened

	@Test
	void aTaskOnAnotherAreasCaseIsRefusedExactlyLikeOneOnACaseThatDoesNotExist() throws Exception {
		HttpResponse<String> otherArea = createTask(DemoClient.DOCTOR_LUTON, "EpisodeOfCare/" + beds.caseId());
		HttpResponse<String> missing = createTask(DemoClient.DOCTOR_LUTON, "EpisodeOfCare/" + MISSING_ID);

		assertThat(otherArea.statusCode()).as(otherArea.body()).isEqualTo(422);
		assertSameAnswer(otherArea, beds.caseId(), missing, MISSING_ID);
		assertThat(createTask(DemoClient.DOCTOR_LUTON, "EpisodeOfCare/" + luton.caseId()).statusCode()).isEqualTo(201);
	}

	@Test
	void anObservationAboutAnotherAreasChildIsRefused() throws Exception {
		Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
				.setCode(new CodeableConcept().setText("finding")).setSubject(new Reference("Patient/" + beds.child()));

		HttpResponse<String> response = post(DemoClient.DOCTOR_LUTON, "/Observation", "application/fhir+json", bytes(observation));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).doesNotContain(beds.nhsNumber());
	}

	@Test
	void aDoctorsOwnTaskCannotBeRepointedAtAnotherAreasCase() throws Exception {
		HttpResponse<String> created = createTask(DemoClient.DOCTOR_LUTON, "EpisodeOfCare/" + luton.caseId());
		String taskId = ((Task) parse(created.body())).getIdElement().getIdPart();
		Task own = as(DemoClient.DOCTOR_LUTON).read().resource(Task.class).withId(taskId).execute();
		own.setFocus(new Reference("EpisodeOfCare/" + beds.caseId()));

		HttpResponse<String> repointed = send(DemoClient.DOCTOR_LUTON, "PUT", "/Task/" + taskId, json(own));

		assertThat(repointed.statusCode()).as(repointed.body()).isEqualTo(422);
		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/Task/" + taskId).body()).contains("EpisodeOfCare/" + luton.caseId());
	}

	@Test
	void aRecordTakesTheScopeOfTheCaseItPointsAtNotALabelItWasSent() throws Exception {
		Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
				.setFocus(new Reference("EpisodeOfCare/" + luton.caseId()));
		task.getMeta().addSecurity(AccessLabels.reviewArea("designated-doctor-bedfordshire"));
		task.getMeta().addTag(CdrUrls.CASE_NUMBER_SYSTEM, beds.caseNumber(), null);

		String taskId = client.create().resource(task).execute().getId().getIdPart();

		assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Task/" + taskId).statusCode()).isEqualTo(404);
		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/Task/" + taskId).statusCode()).isEqualTo(200);
		Task stored = client.read().resource(Task.class).withId(taskId).execute();
		assertThat(stored.getMeta().getTag()).extracting(Coding::getCode).containsExactly(luton.caseNumber());
	}

	@Test
	void aRecordCannotBelongToTwoCases() throws Exception {
		Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
				.setFocus(new Reference("EpisodeOfCare/" + luton.caseId())).setFor(new Reference("Patient/" + beds.child()));

		HttpResponse<String> response = post(DemoClient.CDR_MANAGER, "/Task", "application/fhir+json", bytes(task));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("more than one case");
	}

	// finding 3: a second hospital's notification joins the case and takes its area

	@Test
	void aSecondHospitalsNotificationIsLabelledByTheCaseItJoinsNotByItsOwnAddress() throws Exception {
		TestNotifications first = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");
		String caseId = notifyCase(first);
		TestNotifications second = first.fromAnotherHospital().livingAt("LU1 4AB"); // Central Bedfordshire

		String joined = notifyCase(second);

		assertThat(joined).isEqualTo(caseId);
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(caseId).execute();
		List<String> notifications = episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION).stream()
				.map(extension -> ((Reference) extension.getValue()).getReferenceElement().getIdPart()).toList();
		assertThat(notifications).hasSize(2);
		for (String notification : notifications) {
			assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/Bundle/" + notification).statusCode()).isEqualTo(200);
			assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Bundle/" + notification).statusCode()).isEqualTo(404);
		}
	}

	// finding 5: no oracles

	@Test
	void anotherAreasRecordAnswersExactlyLikeOneThatDoesNotExist() throws Exception {
		for (String type : List.of("EpisodeOfCare", "Patient", "Bundle", "Task", "Observation")) {
			HttpResponse<String> otherArea = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/" + type + "/" + luton.id(type));
			HttpResponse<String> missing = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/" + type + "/" + MISSING_ID);
			assertThat(otherArea.statusCode()).as(type + " " + otherArea.body()).isEqualTo(404);
			assertSameAnswer(otherArea, luton.id(type), missing, MISSING_ID);
			assertThat(otherArea.body()).doesNotContain("HAPI-");

			HttpResponse<String> otherHistory = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/" + type + "/" + luton.id(type) + "/_history");
			HttpResponse<String> missingHistory = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/" + type + "/" + MISSING_ID + "/_history");
			assertSameAnswer(otherHistory, luton.id(type), missingHistory, MISSING_ID);
		}
	}

	@Test
	void anUpdateOfAnotherAreasRecordAnswersLikeOneOfARecordThatDoesNotExist() throws Exception {
		Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
		HttpResponse<String> otherArea = send(DemoClient.DOCTOR_BEDFORDSHIRE, "PUT", "/Task/" + luton.task(),
				json(task.setId("Task/" + luton.task())));
		HttpResponse<String> missing = send(DemoClient.DOCTOR_BEDFORDSHIRE, "PUT", "/Task/" + MISSING_ID,
				json(task.setId("Task/" + MISSING_ID)));

		assertThat(otherArea.statusCode()).as(otherArea.body()).isEqualTo(404);
		assertSameAnswer(otherArea, luton.task(), missing, MISSING_ID);
	}

	@Test
	void validatingADeletionIsOnlyForThoseWhoMayDelete() throws Exception {
		for (DemoClient partialView : List.of(DemoClient.DOCTOR_BEDFORDSHIRE, DemoClient.NOTIFIER)) {
			HttpResponse<String> existing = post(partialView, "/Patient/" + luton.child() + "/$validate?mode=delete",
					"application/fhir+json", bytes(new Parameters()));
			HttpResponse<String> missing = post(partialView, "/Patient/" + MISSING_ID + "/$validate?mode=delete",
					"application/fhir+json", bytes(new Parameters()));
			assertThat(existing.statusCode()).as(existing.body()).isEqualTo(403);
			assertSameAnswer(existing, luton.child(), missing, MISSING_ID);
		}
		HttpResponse<String> manager = post(DemoClient.CDR_MANAGER, "/Patient/" + luton.child() + "/$validate?mode=delete",
				"application/fhir+json", bytes(new Parameters()));
		assertThat(manager.statusCode()).as(manager.body()).isNotEqualTo(403);
	}

	@Test
	void anotherSenderResendingANotificationLearnsNothingOfIt() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		String caseId = notifyCase(notification);
		String caseNumber = client.read().resource(EpisodeOfCare.class).withId(caseId).execute().getIdentifierFirstRep().getValue();

		HttpResponse<String> resent = http.send(HttpRequest.newBuilder(URI.create(fhirBase() + "/Bundle"))
				.header("Authorization", "Bearer " + BackendServicesClient.token(serverBase(), security.tokenEndpointOrDefault()))
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(json(notification.bundle())))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(resent.statusCode()).as(resent.body()).isEqualTo(409);
		assertThat(resent.body()).doesNotContain(caseId).doesNotContain(caseNumber).doesNotContain("Bundle/")
				.doesNotContain("designated-doctor");
		HttpResponse<String> sameSender = post(DemoClient.NOTIFIER, "/Bundle", "application/fhir+json", bytes(notification.bundle()));
		assertThat(sameSender.statusCode()).as(sameSender.body()).isEqualTo(200);
		assertThat(sameSender.body()).contains(caseNumber);
	}

	// routing changes are the CDR Manager's, by $transfer, and move every record of the case

	@Test
	void theCdrManagerTransfersACaseWithAllItsRecords() throws Exception {
		AreaRecords moving = caseAt("MK40 1SJ");

		HttpResponse<String> byDoctor = transfer(DemoClient.DOCTOR_BEDFORDSHIRE, moving.caseId(), "E06000032", "wrong area");
		assertThat(byDoctor.statusCode()).as(byDoctor.body()).isEqualTo(403);
		HttpResponse<String> noReason = transfer(DemoClient.CDR_MANAGER, moving.caseId(), "E06000032", "");
		assertThat(noReason.statusCode()).as(noReason.body()).isBetween(400, 422);

		HttpResponse<String> moved = transfer(DemoClient.CDR_MANAGER, moving.caseId(), "E06000032",
				"The family had moved to Luton before the death");

		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(moving.caseId()).execute();
		assertThat(episode.getCareManager().getReference()).isEqualTo("PractitionerRole/designated-doctor-luton");
		for (String type : List.of("EpisodeOfCare", "Patient", "Bundle", "Task", "Observation")) {
			assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/" + type + "/" + moving.id(type)).statusCode()).as(type).isEqualTo(200);
			assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/" + type + "/" + moving.id(type)).statusCode()).as(type).isEqualTo(404);
		}
		assertThat(ids(get(DemoClient.DOCTOR_LUTON, "/fhir/Task?focus=EpisodeOfCare/" + moving.caseId()), "Task")).isNotEmpty();
		assertThat(ids(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Task?focus=EpisodeOfCare/" + moving.caseId()), "Task")).isEmpty();
		assertThat(ids(get("/fhir/Task?focus=EpisodeOfCare/" + moving.caseId() + "&owner=PractitionerRole/designated-doctor-bedfordshire"
				+ "&status=requested"), "Task")).isEmpty();
		assertThat(get("/fhir/Provenance?target=EpisodeOfCare/" + moving.caseId()).body()).contains("moved to Luton");
	}

	private HttpResponse<String> transfer(DemoClient caller, String caseId, String area, String reason) throws Exception {
		Parameters parameters = new Parameters();
		parameters.addParameter().setName("area").setValue(new org.hl7.fhir.r4.model.CodeType(area));
		parameters.addParameter().setName("reason").setValue(new org.hl7.fhir.r4.model.StringType(reason));
		return post(caller, "/EpisodeOfCare/" + caseId + "/$transfer", "application/fhir+json", bytes(parameters));
	}

	private HttpResponse<String> createTask(DemoClient caller, String focus) throws Exception {
		Task task = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
				.setFocus(new Reference(focus));
		return postWithHeader(caller, "/Task", bytes(task), "Prefer", "return=representation");
	}

	/** The same status and the same body, but for the id asked about. */
	static void assertSameAnswer(HttpResponse<String> first, String firstId, HttpResponse<String> second, String secondId) {
		assertThat(first.statusCode()).as(first.body()).isEqualTo(second.statusCode());
		assertThat(first.body().replace(firstId, "{id}")).isEqualTo(second.body().replace(secondId, "{id}"));
	}

	private List<String> ids(HttpResponse<String> response, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ((org.hl7.fhir.r4.model.Bundle) parse(response.body())).getEntry().stream()
				.map(org.hl7.fhir.r4.model.Bundle.BundleEntryComponent::getResource)
				.filter(resource -> resource != null && resource.fhirType().equals(type))
				.map(resource -> resource.getIdElement().getIdPart()).toList();
	}

	private String json(IBaseResource resource) {
		return fhirContext.newJsonParser().encodeResourceToString(resource);
	}

	private byte[] bytes(IBaseResource resource) {
		return json(resource).getBytes(StandardCharsets.UTF_8);
	}
}
