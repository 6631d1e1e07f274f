package uk.org.cdrfhir.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.security.AccessLabels;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.ReviewTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A case's review through the API, as the CDR Manager (and a designated doctor) run it: from
 * notification to closed, each step first tried before its preconditions hold (409, or 422 for
 * wrong answers, each with an OperationOutcome), then done.
 */
class CaseReviewTest extends ReviewTestBase {

	@Autowired
	private ProfileValidator validator;

	@Test
	void anUnexpectedDeathRunsFromNotificationToClosedEachStepRefusedUntilItsPreconditionsHold() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ").unexpected());
		String caseNumber = episode(caseId).getIdentifierFirstRep().getValue();

		// notified: an unexpected death has its JAR first; a stage is not changed by an update
		refused(advance(DemoClient.CDR_MANAGER, caseId, "information-gathering"), 409, "from jar");
		EpisodeOfCare edited = episode(caseId);
		ReviewStage.CLOSED.applyTo(edited);
		refused(send("PUT", "/EpisodeOfCare/" + caseId, fhirContext.newJsonParser().encodeResourceToString(edited)), 409,
				"$advance-stage");
		refused(requestReports(caseId, FORMS + "cdr-reporting-form-police"), 409, "information-gathering");
		moved(advance(DemoClient.CDR_MANAGER, caseId, "jar"), "jar");

		// jar: information gathering once NCMD is told and the JAR done
		refused(advance(DemoClient.CDR_MANAGER, caseId, "information-gathering"), 409, "notify-ncmd");
		complete(task(caseId, "notify-ncmd"));
		refused(advance(DemoClient.CDR_MANAGER, caseId, "information-gathering"), 409, "jar task");
		complete(task(caseId, "jar"));
		moved(advance(DemoClient.DOCTOR_BEDFORDSHIRE, caseId, "information-gathering"), "information-gathering");
		assertThat(task(caseId, "request-reporting-forms").getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);

		// reporting forms: requested as tasks, one per agency, with a due date
		refused(requestReports(caseId, FORMS + "cdr-analysis-form"), 422, "not a reporting form");
		HttpResponse<String> requested = requestReports(caseId, FORMS + "cdr-reporting-form-police",
				FORMS + "cdr-reporting-form-health", FORMS + "cdr-supplementary-form-sudi");
		assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
		List<Task> requests = reportingFormRequests(caseId);
		assertThat(requests).hasSize(3).allSatisfy(request -> {
			assertThat(request.getRestriction().getPeriod().getEnd()).isAfter(new Date());
			assertThat(request.getPartOfFirstRep().getReference()).isEqualTo(
					task(caseId, "request-reporting-forms").getIdElement().toUnqualifiedVersionless().getValue());
			assertValid(request);
		});
		assertThat(requests).extracting(request -> request.getPerformerTypeFirstRep().getCodingFirstRep().getCode())
				.containsExactlyInAnyOrder("police", "health", "health");
		Task police = requestFor(requests, "cdr-reporting-form-police");
		Task health = requestFor(requests, "cdr-reporting-form-health");
		Task sudi = requestFor(requests, "cdr-supplementary-form-sudi");

		refused(advance(DemoClient.CDR_MANAGER, caseId, "ready-for-panel"), 409, "still awaited");
		refused(create(policeAnswers(caseId, health)), 422, "asked for");
		HttpResponse<String> answered = create(policeAnswers(caseId, police));
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
		Task policeDone = client.read().resource(Task.class).withId(police.getIdElement().getIdPart()).execute();
		assertThat(policeDone.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		assertThat(((Reference) policeDone.getOutputFirstRep().getValue()).getReference()).startsWith("QuestionnaireResponse/");
		refused(create(policeAnswers(caseId, police)), 409, "answered already");
		QuestionnaireResponse incomplete = policeAnswers(caseId, sudi);
		incomplete.setQuestionnaire(FORMS + "cdr-supplementary-form-sudi");
		refused(create(incomplete), 422, "sleep-place");
		assertThat(create(healthReport(caseId, health)).statusCode()).isEqualTo(201);
		// who replied, what is still awaited
		Bundle awaited = client.search().forResource(Task.class).where(Task.FOCUS.hasId("EpisodeOfCare/" + caseId))
				.and(Task.CODE.exactly().systemAndCode(CdrUrls.TASK_TYPE_SYSTEM, "reporting-form"))
				.and(Task.STATUS.exactly().code("requested")).returnBundle(Bundle.class).execute();
		assertThat(awaited.getEntry()).hasSize(1);
		Task cancelled = client.read().resource(Task.class).withId(sudi.getIdElement().getIdPart()).execute();
		cancelled.setStatus(Task.TaskStatus.CANCELLED);
		client.update().resource(cancelled).execute();

		// a CDRM, held before the panel
		moved(advance(DemoClient.CDR_MANAGER, caseId, "cdrm"), "cdrm");
		refused(advance(DemoClient.CDR_MANAGER, caseId, "ready-for-panel"), 409, "cdrm task");
		complete(task(caseId, "cdrm"));

		// a meeting takes only cases ready for panel
		refused(create(meeting(caseId)), 409, "ready for panel");
		moved(advance(DemoClient.CDR_MANAGER, caseId, "ready-for-panel"), "ready-for-panel");
		assertThat(task(caseId, "request-reporting-forms").getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
		HttpResponse<String> meetingCreated = create(meeting(caseId));
		assertThat(meetingCreated.statusCode()).as(meetingCreated.body()).isEqualTo(201);
		String meetingId = ((Appointment) parse(meetingCreated.body())).getIdElement().getIdPart();

		// the Analysis Form: validated against the form; one per case; extracted when completed
		QuestionnaireResponse analysis = analysis(caseId);
		analysis.getItem().removeIf(item -> item.getLinkId().equals("category-of-death"));
		refused(create(analysis), 422, "category-of-death");
		QuestionnaireResponse draft = analysis(caseId).setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
		draft.getItem().removeIf(item -> item.getLinkId().equals("category-of-death"));
		HttpResponse<String> drafted = create(draft);
		assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
		String analysisId = ((QuestionnaireResponse) parse(drafted.body())).getIdElement().getIdPart();
		assertThat(observationsOf(caseId)).isEmpty();
		refused(create(analysis(caseId)), 409, "has an Analysis Form already");
		refused(recordOutcome(meetingId, caseId, analysisId), 409, "not complete");
		refused(advance(DemoClient.CDR_MANAGER, caseId, "reviewed-by-panel"), 409, "$record-outcome");

		QuestionnaireResponse completed = analysis(caseId);
		completed.setId(analysisId);
		assertThat(send("PUT", "/QuestionnaireResponse/" + analysisId, json(completed)).statusCode()).isEqualTo(200);
		List<Observation> first = observationsOf(caseId);
		assertThat(first).extracting(observation -> observation.getCode().getCodingFirstRep().getCode())
				.containsExactlyInAnyOrder("category-of-death", "contributory-factor", "contributory-factor", "modifiable-factors");
		first.forEach(this::assertValid);

		// amended: the earlier observations are replaced by the amendment's
		QuestionnaireResponse amended = analysis(caseId).setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED);
		amended.setId(analysisId);
		amended.getItem().stream().filter(item -> item.getLinkId().equals("category-of-death")).findFirst().orElseThrow()
				.getAnswerFirstRep().setValue(new Coding(CdrUrls.BASE + "/CodeSystem/cdr-category-of-death", "9", "Infection"));
		amended.getItem().remove(amended.getItem().stream().filter(item -> item.getLinkId().equals("contributory-factor"))
				.findFirst().orElseThrow());
		assertThat(send("PUT", "/QuestionnaireResponse/" + analysisId, json(amended)).statusCode()).isEqualTo(200);
		List<Observation> now = observationsOf(caseId);
		assertThat(now).hasSize(3).noneMatch(observation -> first.stream()
				.anyMatch(earlier -> earlier.getIdElement().getIdPart().equals(observation.getIdElement().getIdPart())));
		assertThat(now).filteredOn(observation -> observation.getCode().getCodingFirstRep().getCode().equals("category-of-death"))
				.singleElement().satisfies(category -> assertThat(category.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("9"));

		// reviewed at the meeting, by the CDR Manager only
		refused(recordOutcome(DemoClient.DOCTOR_BEDFORDSHIRE, meetingId, caseId, analysisId), 403, "");
		HttpResponse<String> reviewed = recordOutcome(meetingId, caseId, analysisId);
		moved(reviewed, "reviewed-by-panel");
		assertThat(task(caseId, "panel-review").getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);

		// closed once every task is done
		refused(advance(DemoClient.CDR_MANAGER, caseId, "closed"), 409, "ncmd-analysis");
		openTasks(caseId).forEach(this::complete);
		refused(advance(DemoClient.DOCTOR_BEDFORDSHIRE, caseId, "closed"), 403, "CDR Manager");
		moved(advance(DemoClient.CDR_MANAGER, caseId, "closed"), "closed");
		EpisodeOfCare closed = episode(caseId);
		assertThat(closed.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.FINISHED);
		assertThat(closed.getPeriod().hasEnd()).isTrue();
		assertValid(closed);
		refused(send("PUT", "/QuestionnaireResponse/" + analysisId, json(completed)), 409, "closed");

		// every change kept: the case's versions, a Provenance per stage change
		Bundle history = client.history().onInstance("EpisodeOfCare/" + caseId).returnBundle(Bundle.class).execute();
		assertThat(history.getEntry()).hasSize(7); // created, and six stage changes
		Bundle provenances = (Bundle) parse(get("/fhir/Provenance?target=EpisodeOfCare/" + caseId + "&_count=50").body());
		assertThat(provenances.getEntry()).hasSize(6);
		// every record written for the case carries its scope
		for (String type : List.of("Task", "QuestionnaireResponse", "DocumentReference", "Observation", "Provenance")) {
			Bundle records = (Bundle) parse(get("/fhir/" + type + "?_tag=" + CdrUrls.CASE_NUMBER_SYSTEM + "%7C" + caseNumber
					+ "&_count=100").body());
			assertThat(records.getEntry()).as(type).isNotEmpty().allSatisfy(entry -> assertThat(AccessLabels.has(
					entry.getResource(), AccessLabels.reviewArea("designated-doctor-bedfordshire"))).as(type).isTrue());
		}
	}

	@Test
	void aLutonDoctorCannotAdvanceABedfordshireCaseWhichAnswersAsIfItDidNotExist() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		complete(task(caseId, "notify-ncmd"));

		HttpResponse<String> luton = advance(DemoClient.DOCTOR_LUTON, caseId, "information-gathering");
		HttpResponse<String> nowhere = advance(DemoClient.DOCTOR_LUTON, "999999999", "information-gathering");

		refused(luton, 404, "is not known");
		assertThat(luton.body()).isEqualTo(nowhere.body().replace("999999999", caseId));
		assertThat(ReviewStage.of(episode(caseId))).isEqualTo(ReviewStage.NOTIFIED);
		moved(advance(DemoClient.DOCTOR_BEDFORDSHIRE, caseId, "information-gathering"), "information-gathering");
	}

	@Test
	void aCaseInTriageDoesNotMoveUntilItIsRouted() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).withoutPostcode());
		complete(task(caseId, "notify-ncmd"));
		refused(advance(DemoClient.CDR_MANAGER, caseId, "information-gathering"), 409, "$transfer");
		refused(advance(DemoClient.CDR_MANAGER, caseId, "jar"), 409, "not routed");
		refused(advance(DemoClient.CDR_MANAGER, caseId, "somewhere"), 422, "not a review stage");
	}

	/** What the server wrote itself meets its profile. */
	private void assertValid(Resource written) {
		assertThat(validator.validate(written).getMessages())
				.as(written.getIdElement().getValue())
				.noneMatch(message -> message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL);
	}
}
