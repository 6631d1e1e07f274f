package uk.org.cdrfhir.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/** An EPR notifies a child's death: it reaches the right person, once, with its clocks running. */
class NotificationIntakeTest extends FhirServerTestBase {

	private static final Pattern CASE_ID = Pattern.compile("EpisodeOfCare/(\\d+)");
	private static final String LUTON_DOCTOR = "PractitionerRole/designated-doctor-luton";
	private static final String BEDFORDSHIRE_DOCTOR = "PractitionerRole/designated-doctor-bedfordshire";
	private static final String CDR_MANAGER = "PractitionerRole/cdr-manager";

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private ProfileValidator validator;

	private TestNotifications newChild() {
		return TestNotifications.newChild(cdrPackage);
	}

	@Test
	void lutonResidentGoesToTheLutonDesignatedDoctor() throws Exception {
		Received received = submit(newChild().livingAt("LU3 2SR"));

		assertThat(received.status).isEqualTo(201);
		assertRouted(received, "in-area", "E06000032", LUTON_DOCTOR);
		assertThat(taskTypes(received)).containsOnlyKeys("notify-ncmd", "designated-doctor-review");
		assertThat(taskTypes(received).get("designated-doctor-review").getOwner().getReference()).isEqualTo(LUTON_DOCTOR);
	}

	@Test
	void tasksAreFoundBySearchingForTheRoleTheyWereRoutedTo() throws Exception {
		String caseReference = "EpisodeOfCare/" + submit(newChild().livingAt("LU3 2SR")).caseId();

		assertThat(ownedTaskTypes(LUTON_DOCTOR, caseReference)).containsExactly("designated-doctor-review");
		assertThat(ownedTaskTypes(CDR_MANAGER, caseReference)).containsExactly("notify-ncmd");
	}

	@Test
	void bedfordAndCentralBedfordshireResidentsGoToTheBedfordshireDesignatedDoctor() throws Exception {
		assertRouted(submit(newChild().livingAt("MK40 1SJ")), "in-area", "E06000055", BEDFORDSHIRE_DOCTOR);
		assertRouted(submit(newChild().livingAt("lu5 6aa")), "in-area", "E06000056", BEDFORDSHIRE_DOCTOR);
	}

	@Test
	void localAuthorityStatedBySenderWinsOverThePostcode() throws Exception {
		// a Luton postcode, but the sender says Central Bedfordshire
		Received received = submit(newChild().livingAt("LU3 2SR").withStatedLocalAuthority("E06000056"));

		assertRouted(received, "in-area", "E06000056", BEDFORDSHIRE_DOCTOR);
	}

	@Test
	void childFromOutsideTheFootprintGoesToTheCdrManagerToPassOn() throws Exception {
		Received received = submit(newChild().livingAt("MK9 3EJ")); // Milton Keynes: its own panel

		assertRouted(received, "out-of-area", "E06000042", CDR_MANAGER);
		assertThat(taskTypes(received)).containsOnlyKeys("notify-ncmd", "out-of-area-transfer");
	}

	@Test
	void unknownOrMissingPostcodeGoesToTriageNeverAGuess() throws Exception {
		for (TestNotifications notification : List.of(newChild().livingAt("ZZ9 9ZZ"), newChild().withoutPostcode())) {
			Received received = submit(notification);

			assertThat(received.status).as(received.body).isEqualTo(201);
			assertRouted(received, "unresolved", null, CDR_MANAGER);
			assertThat(taskTypes(received)).containsOnlyKeys("notify-ncmd", "triage");
		}
	}

	@Test
	void unexpectedDeathStartsAJointAgencyResponseAtOnceAndDeadlinesFollowTheConfiguration() throws Exception {
		Received received = submit(newChild().livingAt("LU3 2SR").unexpected());

		Map<String, Task> tasks = taskTypes(received);
		assertThat(tasks).containsOnlyKeys("notify-ncmd", "designated-doctor-review", "jar");
		assertDueAfter(tasks.get("notify-ncmd"), Duration.ofHours(48));
		assertDueAfter(tasks.get("jar"), Duration.ZERO);
		assertDueAfter(tasks.get("designated-doctor-review"), Duration.ofDays(7));
		assertThat(tasks.get("jar").getOwner().getReference()).isEqualTo(LUTON_DOCTOR);
	}

	@Test
	void theSameNotificationSentAgainGetsTheSameAnswerAndNothingNew() throws Exception {
		TestNotifications notification = newChild().livingAt("LU3 2SR");
		Received first = submit(notification);
		int bundles = count("Bundle");
		int cases = count("EpisodeOfCare");
		int tasks = count("Task");

		Received again = submit(notification);

		assertThat(again.status).isEqualTo(200);
		assertThat(again.location).isEqualTo(first.location);
		assertThat(again.caseId()).isEqualTo(first.caseId());
		assertThat(again.body).contains("already received");
		assertThat(count("Bundle")).isEqualTo(bundles);
		assertThat(count("EpisodeOfCare")).isEqualTo(cases);
		assertThat(count("Task")).isEqualTo(tasks);
	}

	@Test
	void theSameIdentifierWithOtherContentIsRefusedWithAdvice() throws Exception {
		TestNotifications notification = newChild().livingAt("LU3 2SR");
		submit(notification);
		int bundles = count("Bundle");

		Received changed = submit(notification.livingAt("LU3 3QH"));

		assertThat(changed.status).isEqualTo(409);
		OperationOutcome outcome = (OperationOutcome) parse(changed.body);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("new identifier").contains("relatesTo");
		assertThat(count("Bundle")).isEqualTo(bundles);
	}

	@Test
	void twoHospitalsNotifyingTheSameChildMakeOneCaseWithBothNotifications() throws Exception {
		TestNotifications first = newChild().livingAt("LU3 2SR");
		Received fromLuton = submit(first);
		int tasksAfterFirst = count("Task");

		Received fromBedford = submit(first.fromAnotherHospital());

		assertThat(fromBedford.status).isEqualTo(201);
		assertThat(fromBedford.location).isNotEqualTo(fromLuton.location);
		assertThat(fromBedford.caseId()).isEqualTo(fromLuton.caseId());
		EpisodeOfCare episode = readCase(fromLuton);
		assertThat(episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION)).hasSize(2);
		assertThat(count("Task")).isEqualTo(tasksAfterFirst);
	}

	@Test
	void aLateNotificationReportingTheDeathUnexpectedAddsOnlyTheJointAgencyResponse() throws Exception {
		TestNotifications expected = newChild().livingAt("LU3 2SR");
		Received first = submit(expected);

		submit(expected.fromAnotherHospital().unexpected());

		assertThat(taskTypes(first)).containsOnlyKeys("notify-ncmd", "designated-doctor-review", "jar");
	}

	@Test
	void caseAndTasksTheServerCreatesMeetTheirProfiles() throws Exception {
		Received received = submit(newChild().livingAt("LU3 2SR").unexpected());

		assertThat(errors(readCase(received))).isEmpty();
		taskTypes(received).values().forEach(task -> assertThat(errors(task)).as(task.getCode().getCodingFirstRep().getCode()).isEmpty());
	}

	@Test
	void aStoredNotificationCannotBeChangedOrDeleted() throws Exception {
		Received received = submit(newChild().livingAt("LU3 2SR"));
		String bundleId = received.location.replaceAll(".*/Bundle/([^/]+).*", "$1");

		HttpResponse<String> delete = send("DELETE", "/Bundle/" + bundleId, null);
		assertThat(delete.statusCode()).isEqualTo(405);
		Bundle stored = client.read().resource(Bundle.class).withId(bundleId).execute();
		stored.getIdentifier().setValue("tampered");
		HttpResponse<String> update = send("PUT", "/Bundle/" + bundleId,
				fhirContext.newJsonParser().encodeResourceToString(stored));
		assertThat(update.statusCode()).isEqualTo(405);
		assertThat(client.read().resource(Bundle.class).withId(bundleId).execute().getIdentifier().getValue())
				.isNotEqualTo("tampered");
	}

	@Test
	void aDeathInCustodyStartsAJointAgencyResponseEvenWhenReportedAsExpected() throws Exception {
		Received received = submit(newChild().livingAt("LU3 2SR").diedIn("custody"));

		assertThat(received.status).as(received.body).isEqualTo(201);
		assertThat(taskTypes(received)).containsKey("jar");
	}

	/**
	 * The national forms' data (perinatal details, safeguarding context, mode of death, coded answers,
	 * the NHS number's verification status, the place of death's setting) is stored as sent, and the
	 * notification is placed and routed as any other.
	 */
	@Test
	void theNationalFormsDataIsAcceptedRoutedAndReadsBackUnchanged() throws Exception {
		TestNotifications notification = newChild().livingAt("LU3 2SR");
		Bundle sent = notification.bundle().copy();

		Received received = submit(notification);

		assertRouted(received, "in-area", "E06000032", LUTON_DOCTOR);
		String bundleId = received.location.replaceAll(".*/Bundle/([^/]+).*", "$1");
		Bundle stored = client.read().resource(Bundle.class).withId(bundleId).execute();
		for (String code : List.of("perinatal", "safeguarding", "mode-of-death", "jar-started", "post-mortem", "coroner-referral")) {
			Observation original = observation(sent, code);
			Observation kept = observation(stored, code);
			original.setMeta(null);
			kept.setMeta(null);
			assertThat(kept.equalsDeep(original)).as(code + ": " + fhirContext.newJsonParser().encodeResourceToString(kept)).isTrue();
		}
		Patient storedChild = client.read().resource(Patient.class)
				.withId(readCase(received).getPatient().getReferenceElement().getIdPart()).execute();
		assertThat(storedChild.getIdentifierFirstRep().getExtensionFirstRep().getValue().equalsDeep(
				notification.child().getIdentifierFirstRep().getExtensionFirstRep().getValue())).isTrue();
		Location place = (Location) stored.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Location.class::isInstance).findFirst().orElseThrow();
		assertThat(place.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("neonatal-unit");
	}

	// --- helpers

	private static Observation observation(Bundle bundle, String code) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance).map(Observation.class::cast)
				.filter(o -> o.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, code))
				.findFirst().orElseThrow(() -> new AssertionError("no " + code + " observation"));
	}

	record Received(int status, String location, String body) {
		String caseId() {
			Matcher matcher = CASE_ID.matcher(body);
			assertThat(matcher.find()).as(body).isTrue();
			return matcher.group(1);
		}
	}

	private Received submit(TestNotifications notification) throws Exception {
		HttpResponse<String> response = post("/Bundle", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(notification.bundle()).getBytes(StandardCharsets.UTF_8));
		return new Received(response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
	}

	private EpisodeOfCare readCase(Received received) {
		return client.read().resource(EpisodeOfCare.class).withId(received.caseId()).execute();
	}

	private void assertRouted(Received received, String outcome, String gssCode, String careManager) {
		assertThat(received.status).as(received.body).isIn(200, 201);
		EpisodeOfCare episode = readCase(received);
		assertThat(coding(episode, CdrUrls.ROUTING_OUTCOME).getCode()).isEqualTo(outcome);
		if (gssCode == null) {
			assertThat(episode.getExtensionByUrl(CdrUrls.RESPONSIBLE_AREA)).isNull();
		} else {
			assertThat(coding(episode, CdrUrls.RESPONSIBLE_AREA).getCode()).isEqualTo(gssCode);
		}
		assertThat(episode.getCareManager().getReference()).isEqualTo(careManager);
		assertThat(received.body).contains(careManager);
	}

	private static Coding coding(EpisodeOfCare episode, String extensionUrl) {
		Extension extension = episode.getExtensionByUrl(extensionUrl);
		assertThat(extension).as(extensionUrl).isNotNull();
		return (Coding) extension.getValue();
	}

	private Map<String, Task> taskTypes(Received received) {
		Bundle tasks = client.search().forResource(Task.class)
				.where(Task.FOCUS.hasId("EpisodeOfCare/" + received.caseId()))
				.returnBundle(Bundle.class).execute();
		return tasks.getEntry().stream().map(e -> (Task) e.getResource())
				.collect(Collectors.toMap(t -> t.getCode().getCodingFirstRep().getCode(), t -> t));
	}

	private List<String> ownedTaskTypes(String owner, String caseReference) {
		Bundle tasks = client.search().forResource(Task.class)
				.where(Task.OWNER.hasId(owner)).and(Task.FOCUS.hasId(caseReference))
				.returnBundle(Bundle.class).execute();
		return tasks.getEntry().stream().map(e -> ((Task) e.getResource()).getCode().getCodingFirstRep().getCode()).toList();
	}

	private static void assertDueAfter(Task task, Duration expected) {
		Duration dueIn = Duration.between(task.getAuthoredOn().toInstant(), task.getRestriction().getPeriod().getEnd().toInstant());
		assertThat(dueIn).isBetween(expected.minusSeconds(1), expected.plusSeconds(1));
	}

	private List<String> errors(org.hl7.fhir.r4.model.Resource resource) {
		return validator.validate(resource).getMessages().stream()
				.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
				.map(m -> m.getLocationString() + ": " + m.getMessage())
				.toList();
	}
}
