package uk.org.cdrfhir.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.intake.NotificationIntake;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.ReviewTestBase;
import uk.org.cdrfhir.support.TestNotifications;
import uk.org.cdrfhir.synthetic.SyntheticNotification;
import uk.org.cdrfhir.synthetic.SyntheticNotifications;

/**
 * The panel summary of a case: current after every step of its review (read back through the API
 * after each), and anonymised: for each child, the summary as JSON, HTML and PDF text shows none of
 * the child's identifying details (the 165 demo cases, and the children of these tests).
 */
class PanelSummaryTest extends ReviewTestBase {

	private static final int DEMO_CASES = 165;

	@Autowired
	private ProfileValidator validator;

	@Autowired
	private NotificationIntake intake;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aCaseRunFromNotificationToClosedHasItsSummaryCurrentAfterEachStep() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		IdentifyingDetails child = new IdentifyingDetails(notification.child());
		String caseId = notifyCase(notification);
		String caseNumber = episode(caseId).getIdentifierFirstRep().getValue();

		Composition opened = summary(caseId, child);
		assertThat(opened.getIdentifier().getValue()).isEqualTo(caseNumber);
		assertThat(opened.getSubject().getReference()).isEqualTo("EpisodeOfCare/" + caseId);
		assertThat(opened.getStatus()).isEqualTo(Composition.CompositionStatus.PRELIMINARY);
		assertThat(text(opened)).contains("Review stage: Notified", "Age band: Under 28 days", "Sex: Female",
				"Expected or unexpected: Expected", "Place of death: Neonatal unit", "Notifications received: 1", "Day 0: Death",
				"Notify NCMD: started", "Category of death: not yet decided", "No reporting forms requested yet");
		assertThat(opened.getContained()).extracting(fact -> fact.getIdElement().getIdPart())
				.contains("area", "review-stage", "age-band", "sex", "expectedness", "place-of-death-type");
		assertValid(opened);

		// a second hospital's notification joins the case
		assertThat(notifyCase(notification.fromAnotherHospital())).isEqualTo(caseId);
		assertThat(text(summary(caseId, child))).contains("Notifications received: 2");

		// a task completed by a caller's PUT (the task interceptor), a stage change
		complete(task(caseId, "notify-ncmd"));
		assertThat(text(summary(caseId, child))).contains("Notify NCMD: done");
		moved(advance(DemoClient.CDR_MANAGER, caseId, "information-gathering"), "information-gathering");
		assertThat(text(summary(caseId, child))).contains("Review stage: Information gathering", "Request reporting forms: started");

		// reporting forms: requested, then one answered
		assertThat(requestReports(caseId, FORMS + "cdr-reporting-form-police").statusCode()).isEqualTo(200);
		assertThat(text(summary(caseId, child))).contains("Police: report awaited");
		Task police = reportingFormRequests(caseId).get(0);
		assertThat(create(policeAnswers(caseId, police)).statusCode()).isEqualTo(201);
		assertThat(text(summary(caseId, child))).contains("Police: reported", "Police reporting form: done");

		// ready for panel, on a meeting's agenda; the Analysis Form extracted
		moved(advance(DemoClient.CDR_MANAGER, caseId, "ready-for-panel"), "ready-for-panel");
		HttpResponse<String> meetingCreated = create(meeting(caseId));
		assertThat(meetingCreated.statusCode()).as(meetingCreated.body()).isEqualTo(201);
		String meetingId = ((Appointment) parse(meetingCreated.body())).getIdElement().getIdPart();
		HttpResponse<String> analysed = create(analysis(caseId));
		assertThat(analysed.statusCode()).as(analysed.body()).isEqualTo(201);
		String analysisId = ((QuestionnaireResponse) parse(analysed.body())).getIdElement().getIdPart();
		Composition analysedSummary = summary(caseId, child);
		assertThat(text(analysedSummary)).contains("Category of death: Perinatal/neonatal event", "Modifiable factors: ",
				"Case summary (written for the panel): ");
		assertThat(analysedSummary.getContained()).extracting(fact -> fact.getIdElement().getIdPart())
				.contains("category-of-death", "modifiable-factors");
		assertValid(analysedSummary);

		// the pack: the agenda and the case's summary, as the panel reads it
		String pack = pdfText(fetch(DemoClient.PANEL_MEMBER, "/Appointment/" + meetingId + "/$panel-pack", "application/pdf"));
		assertThat(pack).contains("OFFICIAL-SENSITIVE", "Agenda", "Case " + caseNumber, "Perinatal/neonatal event");
		child.assertNoneIn(pack, "panel pack PDF");

		// the panel's outcome, then closed
		moved(recordOutcome(meetingId, caseId, analysisId), "reviewed-by-panel");
		Composition reviewed = summary(caseId, child);
		assertThat(reviewed.getStatus()).isEqualTo(Composition.CompositionStatus.FINAL);
		assertThat(text(reviewed)).contains("Review stage: Reviewed at panel", "Panel review: done");
		openTasks(caseId).forEach(this::complete);
		moved(advance(DemoClient.CDR_MANAGER, caseId, "closed"), "closed");
		assertThat(text(summary(caseId, child))).contains("Review stage: Closed", "Case closed");
	}

	@Test
	void aCaseMovedToAnotherAreaHasItsSummaryThereInTheSameTransaction() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		IdentifyingDetails child = new IdentifyingDetails(notification.child());
		String caseId = notifyCase(notification);
		assertThat(areaLine(summary(caseId, child))).contains("Bedford");

		HttpResponse<String> transferred = post("/EpisodeOfCare/" + caseId + "/$transfer", "application/fhir+json",
				("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"area\",\"valueCode\":\"E06000032\"},"
						+ "{\"name\":\"reason\",\"valueString\":\"The family lived in Luton\"}]}").getBytes());
		assertThat(transferred.statusCode()).as(transferred.body()).isEqualTo(200);

		assertThat(areaLine(summary(caseId, child))).contains("Luton").doesNotContain("Bedford");
		String path = "/EpisodeOfCare/" + caseId + "/$panel-summary";
		assertThat(fetch(DemoClient.DOCTOR_LUTON, path, "application/fhir+json").statusCode()).isEqualTo(200);
		assertThat(fetch(DemoClient.DOCTOR_BEDFORDSHIRE, path, "application/fhir+json").statusCode()).isEqualTo(404);
	}

	@Test
	void theDeathIsAsTheLatestNotificationStatesItThroughLaterRebuilds() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		IdentifyingDetails child = new IdentifyingDetails(notification.child());
		String caseId = notifyCase(notification);
		assertThat(text(summary(caseId, child))).contains("Expected or unexpected: Expected death", "Place of death: Neonatal unit");

		// a later notification says otherwise: the summary follows it
		assertThat(notifyCase(notification.fromAnotherHospital().unexpected().diedIn("home"))).isEqualTo(caseId);
		String joined = text(summary(caseId, child));
		assertThat(joined).contains("Notifications received: 2", "Expected or unexpected: Unexpected death", "Place of death: Home");

		// rebuilds that read no notification (a caller's task update, a stage change) keep what the latest said
		complete(task(caseId, "notify-ncmd"));
		moved(advance(DemoClient.CDR_MANAGER, caseId, "jar"), "jar");
		Composition moved = summary(caseId, child);
		assertThat(text(moved)).contains("Review stage: Joint Agency Response", "Notify NCMD: done",
				"Expected or unexpected: Unexpected death", "Place of death: Home");
		assertThat(moved.getContained()).extracting(fact -> fact.getIdElement().getIdPart())
				.contains("expectedness", "place-of-death-type");
	}

	private static String areaLine(Composition summary) {
		return text(summary).lines().filter(line -> line.startsWith("Area")).findFirst().orElseThrow();
	}

	@Test
	void thePanelReadsSummariesOnlyAndAnotherAreaFindsNone() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		String caseId = notifyCase(notification);

		assertThat(fetch(DemoClient.PANEL_MEMBER, "/EpisodeOfCare/" + caseId + "/$panel-summary", "application/fhir+json")
				.statusCode()).isEqualTo(200);
		assertThat(get(DemoClient.PANEL_MEMBER, "/fhir/EpisodeOfCare/" + caseId).statusCode()).isEqualTo(403);
		assertThat(fetch(DemoClient.DOCTOR_BEDFORDSHIRE, "/EpisodeOfCare/" + caseId + "/$panel-summary", "application/pdf")
				.statusCode()).isEqualTo(200);
		HttpResponse<byte[]> luton = fetch(DemoClient.DOCTOR_LUTON, "/EpisodeOfCare/" + caseId + "/$panel-summary", "application/fhir+json");
		HttpResponse<byte[]> nowhere = fetch(DemoClient.DOCTOR_LUTON, "/EpisodeOfCare/999999999/$panel-summary", "application/fhir+json");
		assertThat(luton.statusCode()).isEqualTo(404);
		assertThat(new String(luton.body())).isEqualTo(new String(nowhere.body()).replace("999999999", caseId));
		assertThat(fetch(DemoClient.NOTIFIER, "/EpisodeOfCare/" + caseId + "/$panel-summary", "application/fhir+json")
				.statusCode()).isEqualTo(403);
	}

	@Test
	void noDemoCaseSummaryShowsItsChildsIdentifyingDetails() throws Exception {
		List<SyntheticNotification> demo = SyntheticNotifications.overYears(42, 3, LocalDate.now()).generate(DEMO_CASES);
		int searched = 0;
		for (SyntheticNotification notification : demo) {
			NotificationIntake.Outcome outcome = intake.receive(notification.bundle(), new SystemRequestDetails());
			Patient child = (Patient) notification.bundle().getEntry().stream()
					.filter(entry -> entry.getResource() instanceof Patient).findFirst().orElseThrow().getResource();
			Composition summary = summary(outcome.caseId(), new IdentifyingDetails(child));
			assertThat(text(summary)).contains("Age band: " + notification.ageBand().display());
			searched++;
		}
		assertThat(searched).isEqualTo(DEMO_CASES);
	}

	// --- the summary in its three forms, each searched for the child's details

	/** The case's summary read as a panel member; its JSON, HTML and PDF text searched for the child's details. */
	private Composition summary(String caseId, IdentifyingDetails child) throws IOException, InterruptedException {
		String path = "/EpisodeOfCare/" + caseId + "/$panel-summary";
		HttpResponse<byte[]> json = fetch(DemoClient.PANEL_MEMBER, path, "application/fhir+json");
		assertThat(json.statusCode()).as(new String(json.body())).isEqualTo(200);
		Composition summary = (Composition) parse(new String(json.body()));
		// the server's own timestamps of the record (when it was written) are not the child's dates
		Composition searchable = summary.copy();
		searchable.getMeta().setLastUpdated(null);
		searchable.setDate(null);
		int searched = child.assertNoneIn(fhirContext.newJsonParser().encodeResourceToString(searchable), "summary JSON");
		String html = new String(fetch(DemoClient.PANEL_MEMBER, path, "text/html").body());
		assertThat(html).contains(summary.getTitle());
		searched += child.assertNoneIn(html, "summary HTML");
		String pdf = pdfText(fetch(DemoClient.PANEL_MEMBER, path, "application/pdf"));
		assertThat(pdf).contains(summary.getTitle(), "OFFICIAL-SENSITIVE");
		searched += child.assertNoneIn(pdf, "summary PDF");
		assertThat(searched).as("identifying details searched for").isGreaterThan(10);
		return summary;
	}

	private HttpResponse<byte[]> fetch(DemoClient who, String fhirPath, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(fhirBase() + fhirPath)).header("Accept", accept)
				.header("Authorization", "Bearer " + token(who)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String pdfText(HttpResponse<byte[]> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
		try (PDDocument document = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String text(Composition summary) {
		StringBuilder text = new StringBuilder();
		summary.getSection().forEach(section -> section.getText().getDiv().getChildNodes()
				.forEach(line -> text.append(line.allText()).append('\n')));
		return text.toString();
	}

	private void assertValid(Composition summary) {
		assertThat(validator.validate(summary).getMessages())
				.noneMatch(message -> message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL);
	}
}
