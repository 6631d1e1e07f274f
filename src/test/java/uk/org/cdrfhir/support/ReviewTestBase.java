package uk.org.cdrfhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.review.ReviewStage;

/** The requests and records of a case's review through the API, as the CDR Manager (or a doctor) makes them. */
public abstract class ReviewTestBase extends FhirServerTestBase {

	protected static final String FORMS = CdrUrls.FORM_BASE;

	@Autowired
	protected CdrPackage cdrPackage;

	// --- requests

	protected HttpResponse<String> advance(DemoClient who, String caseId, String stage) throws Exception {
		return post(who, "/EpisodeOfCare/" + caseId + "/$advance-stage", "application/fhir+json",
				("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"stage\",\"valueCode\":\"" + stage + "\"}]}").getBytes());
	}

	protected HttpResponse<String> requestReports(String caseId, String... forms) throws Exception {
		String parameters = java.util.Arrays.stream(forms).map(form -> "{\"name\":\"form\",\"valueCanonical\":\"" + form + "\"}")
				.collect(Collectors.joining(","));
		return post("/EpisodeOfCare/" + caseId + "/$request-reports", "application/fhir+json",
				("{\"resourceType\":\"Parameters\",\"parameter\":[" + parameters + "]}").getBytes());
	}

	protected HttpResponse<String> recordOutcome(String meetingId, String caseId, String analysisId) throws Exception {
		return recordOutcome(DemoClient.CDR_MANAGER, meetingId, caseId, analysisId);
	}

	protected HttpResponse<String> recordOutcome(DemoClient who, String meetingId, String caseId, String analysisId) throws Exception {
		return post(who, "/Appointment/" + meetingId + "/$record-outcome", "application/fhir+json",
				("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"case\",\"valueReference\":{\"reference\":\"EpisodeOfCare/"
						+ caseId + "\"}},{\"name\":\"analysis\",\"valueReference\":{\"reference\":\"QuestionnaireResponse/"
						+ analysisId + "\"}}]}").getBytes());
	}

	protected HttpResponse<String> create(Resource resource) throws Exception {
		return post("/" + resource.fhirType(), "application/fhir+json", json(resource).getBytes());
	}

	protected String json(IBaseResource resource) {
		return fhirContext.newJsonParser().encodeResourceToString(resource);
	}

	// --- records

	protected QuestionnaireResponse analysis(String caseId) {
		QuestionnaireResponse analysis = ((QuestionnaireResponse) cdrPackage.examples()
				.get("QuestionnaireResponse-analysis-cdr-2026-0007.json")).copy();
		analysis.setId((String) null);
		analysis.setSubject(new Reference("EpisodeOfCare/" + caseId));
		analysis.setAuthor(null);
		return analysis;
	}

	protected QuestionnaireResponse policeAnswers(String caseId, Task request) {
		QuestionnaireResponse answers = ((QuestionnaireResponse) cdrPackage.examples()
				.get("QuestionnaireResponse-reporting-form-cdr-2026-0004-police.json")).copy();
		answers.setId((String) null);
		answers.setSubject(new Reference("EpisodeOfCare/" + caseId));
		answers.getExtensionByUrl(CdrUrls.REPORTING_FORM_REQUEST)
				.setValue(new Reference(request.getIdElement().toUnqualifiedVersionless()));
		return answers;
	}

	protected DocumentReference healthReport(String caseId, Task request) {
		DocumentReference report = new DocumentReference();
		report.addExtension(CdrUrls.REPORTING_FORM_REQUEST, new Reference(request.getIdElement().toUnqualifiedVersionless()));
		report.setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT);
		report.setType(new CodeableConcept().setText("Reporting Form: health (scanned)"));
		report.getContext().addEncounter(new Reference("EpisodeOfCare/" + caseId));
		report.addContent().getAttachment().setContentType("application/pdf").setData("%PDF-1.4".getBytes());
		return report;
	}

	protected Appointment meeting(String... caseIds) {
		Appointment meeting = new Appointment();
		meeting.getMeta().addProfile(CdrUrls.PANEL_MEETING_PROFILE);
		meeting.setStatus(Appointment.AppointmentStatus.BOOKED).setDescription("Child Death Overview Panel");
		meeting.setStart(new Date(System.currentTimeMillis() + 86_400_000L));
		meeting.setEnd(new Date(System.currentTimeMillis() + 86_400_000L + 10_800_000L));
		meeting.addParticipant().setActor(new Reference("PractitionerRole/cdr-manager"))
				.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		meeting.addParticipant().setActor(new Reference("PractitionerRole/designated-doctor-bedfordshire"))
				.setStatus(Appointment.ParticipationStatus.ACCEPTED);
		for (String caseId : caseIds) {
			meeting.addSupportingInformation(new Reference("EpisodeOfCare/" + caseId));
		}
		return meeting;
	}

	protected EpisodeOfCare episode(String caseId) {
		return client.read().resource(EpisodeOfCare.class).withId(caseId).execute();
	}

	protected List<Task> tasksOf(String caseId) {
		Bundle tasks = client.search().forResource(Task.class).where(Task.FOCUS.hasId("EpisodeOfCare/" + caseId))
				.count(100).returnBundle(Bundle.class).execute();
		return tasks.getEntry().stream().map(entry -> (Task) entry.getResource()).toList();
	}

	protected Task task(String caseId, String type) {
		return tasksOf(caseId).stream().filter(task -> task.getCode().getCodingFirstRep().getCode().equals(type))
				.findFirst().orElseThrow(() -> new AssertionError("no " + type + " task"));
	}

	protected List<Task> reportingFormRequests(String caseId) {
		return tasksOf(caseId).stream().filter(task -> task.getCode().getCodingFirstRep().getCode().equals("reporting-form")).toList();
	}

	protected List<Task> openTasks(String caseId) {
		Set<Task.TaskStatus> done = Set.of(Task.TaskStatus.COMPLETED, Task.TaskStatus.CANCELLED);
		return tasksOf(caseId).stream().filter(task -> !done.contains(task.getStatus())).toList();
	}

	protected static Task requestFor(List<Task> requests, String form) {
		return requests.stream().filter(task -> task.getInputFirstRep().getValue().primitiveValue().endsWith("/" + form))
				.findFirst().orElseThrow();
	}

	protected void complete(Task task) {
		task.setStatus(Task.TaskStatus.COMPLETED);
		client.update().resource(task).execute();
	}

	protected List<Observation> observationsOf(String caseId) {
		Bundle observations = client.search().forResource(Observation.class).where(Observation.FOCUS.hasId("EpisodeOfCare/" + caseId))
				.returnBundle(Bundle.class).execute();
		return observations.getEntry().stream().map(entry -> (Observation) entry.getResource()).toList();
	}

	// --- assertions

	protected void moved(HttpResponse<String> response, String stage) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(ReviewStage.of((EpisodeOfCare) parse(response.body())).code()).isEqualTo(stage);
	}

	protected static void refused(HttpResponse<String> response, int status, String saying) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.body()).contains("OperationOutcome").contains(saying);
	}
}
