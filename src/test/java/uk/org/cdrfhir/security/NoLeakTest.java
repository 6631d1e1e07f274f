package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * The designated doctor for Bedfordshire tries every route around the rules to reach a Luton
 * child's records; each is closed. One test per route, each naming what a leak would look like:
 * the Luton case, child, notification or task id in the answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoLeakTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;

	private String bedsCase;
	private String bedsChild;
	private String lutonCase;
	private String lutonChild;
	private String lutonChildFamily;
	private String lutonCaseNumber;

	@BeforeAll
	void aBedfordAndALutonCase() throws Exception {
		createClient();
		bedsCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		bedsChild = caseRecord(bedsCase).getPatient().getReferenceElement().getIdPart();
		TestNotifications luton = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");
		lutonChildFamily = luton.child().getNameFirstRep().getFamily();
		lutonCase = notifyCase(luton);
		EpisodeOfCare lutonEpisode = caseRecord(lutonCase);
		lutonChild = lutonEpisode.getPatient().getReferenceElement().getIdPart();
		lutonCaseNumber = lutonEpisode.getIdentifierFirstRep().getValue();
		notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR")); // so a Luton search has two pages
	}

	@Test
	void includeFromTheDoctorsOwnTaskBringsInOnlyTheirOwnCase() throws Exception {
		Task own = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
				.setFocus(new Reference("EpisodeOfCare/" + bedsCase));
		String taskId = as(DemoClient.DOCTOR_BEDFORDSHIRE).create().resource(own).execute().getId().getIdPart();

		HttpResponse<String> response = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Task?_id=" + taskId + "&_include=Task:focus"
				+ "&_include=Task:patient");

		assertThat(ids(response, "Task")).containsExactly(taskId);
		assertThat(ids(response, "EpisodeOfCare")).containsExactly(bedsCase);
		assertThat(ids(response, "Patient")).doesNotContain(lutonChild);
	}

	@Test
	void revincludeOfTheDoctorsOwnChildBringsInNoTaskOfAnotherArea() throws Exception {
		HttpResponse<String> response = get(DemoClient.DOCTOR_BEDFORDSHIRE,
				"/fhir/Patient?_id=" + bedsChild + "," + lutonChild + "&_revinclude=Task:patient");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ids(response, "Patient")).containsExactly(bedsChild);
		assertThat(response.body()).doesNotContain("EpisodeOfCare/" + lutonCase + "\"");
	}

	@Test
	void chainedSearchIsRefused() throws Exception {
		HttpResponse<String> response = get(DemoClient.DOCTOR_BEDFORDSHIRE,
				"/fhir/EpisodeOfCare?patient.family=" + encode(lutonChildFamily));

		assertRefusedWithoutData(response, 403);
	}

	@Test
	void reverseChainHasSearchIsRefused() throws Exception {
		HttpResponse<String> response = get(DemoClient.DOCTOR_BEDFORDSHIRE,
				"/fhir/Patient?_has:EpisodeOfCare:patient:care-manager=PractitionerRole/designated-doctor-luton");

		assertRefusedWithoutData(response, 403);
	}

	@Test
	void historyOfAnotherAreasCaseIsNotShown() throws Exception {
		// one record's history: as if it did not exist (see CaseOwnsItsRecordsTest)
		assertRefusedWithoutData(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare/" + lutonCase + "/_history"), 404);
		assertRefusedWithoutData(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare/_history"), 403);
		assertRefusedWithoutData(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/_history"), 403);
	}

	@Test
	void historyOfTheDoctorsOwnCaseIsShown() throws Exception {
		HttpResponse<String> response = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare/" + bedsCase + "/_history");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("EpisodeOfCare/" + bedsCase);
	}

	@Test
	void everythingOperationIsRefused() throws Exception {
		assertRefusedWithoutData(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Patient/" + lutonChild + "/$everything"), 403);
		HttpResponse<String> caseEverything = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare/" + lutonCase + "/$everything");
		assertThat(caseEverything.statusCode()).isBetween(400, 499);
		assertThat(caseEverything.body()).doesNotContain("Patient/" + lutonChild);
	}

	@Test
	void conditionalWritesCannotProbeWhetherARecordExists() throws Exception {
		String byCaseNumber = "/EpisodeOfCare?identifier=" + encode("https://cdr-fhir.org.uk/fhir/Id/case-number|" + lutonCaseNumber);
		String current = get(DemoClient.CDR_MANAGER, "/fhir/EpisodeOfCare/" + lutonCase).body();

		assertRefusedWithoutData(send(DemoClient.DOCTOR_BEDFORDSHIRE, "PUT", byCaseNumber, current), 403);
		assertRefusedWithoutData(send(DemoClient.DOCTOR_BEDFORDSHIRE, "DELETE", byCaseNumber, null), 403);
		Task probe = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER);
		assertRefusedWithoutData(postWithHeader(DemoClient.DOCTOR_BEDFORDSHIRE, "/Task",
				fhirContext.newJsonParser().encodeResourceToString(probe).getBytes(StandardCharsets.UTF_8),
				"If-None-Exist", "focus=EpisodeOfCare/" + lutonCase), 403);
	}

	@Test
	void anotherCallersPagingLinkShowsOnlyRecordsOfTheFollowersOwnArea() throws Exception {
		Bundle lutonPage = as(DemoClient.DOCTOR_LUTON).search().forResource(EpisodeOfCare.class).count(1)
				.returnBundle(Bundle.class).execute();
		assertThat(lutonPage.getLink("next")).as("the Luton doctor's search has a second page").isNotNull();
		String next = lutonPage.getLink("next").getUrl();

		HttpResponse<String> followed = get(DemoClient.DOCTOR_BEDFORDSHIRE, next.substring(next.indexOf("/fhir")));

		assertThat(followed.body()).doesNotContain("EpisodeOfCare/" + lutonCase + "\"");
		assertThat(ids(followed, "EpisodeOfCare")).doesNotContain(lutonCase);
	}

	@Test
	void graphQlIsNotAvailable() throws Exception {
		HttpResponse<String> response = get(DemoClient.DOCTOR_BEDFORDSHIRE,
				"/fhir/$graphql?query=" + encode("{EpisodeOfCareList{id patient{reference}}}"));

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain(lutonCase).doesNotContain(lutonChild);
	}

	@Test
	void batchAndTransactionEntriesAreCheckedLikeRequests() throws Exception {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("EpisodeOfCare/" + lutonCase);
		String json = fhirContext.newJsonParser().encodeResourceToString(batch);

		assertRefusedWithoutData(post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json", json.getBytes(StandardCharsets.UTF_8)), 403);

		Bundle adminBatch = new Bundle().setType(Bundle.BundleType.BATCH);
		adminBatch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Patient/" + lutonChild);
		HttpResponse<String> admin = post(DemoClient.ADMINISTRATOR, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(adminBatch).getBytes(StandardCharsets.UTF_8));
		assertRefusedWithoutData(admin, 403);
	}

	@Test
	void aDoctorsBatchOfSearchesIsNarrowedEntryByEntryAsEachSearchWouldBe() throws Exception {
		String lutonLabel = encode(AccessLabels.REVIEW_AREA_SYSTEM + "|designated-doctor-luton");
		List<String> searches = List.of("EpisodeOfCare?_id=" + lutonCase + "&_summary=count",
				"EpisodeOfCare?_id=" + lutonCase + "," + bedsCase,
				"/Task?patient=Patient/" + lutonChild,
				"Patient?_security=" + lutonLabel + "&_summary=count",
				"EpisodeOfCare?_summary=count");
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		searches.forEach(search -> batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(search));

		HttpResponse<String> response = post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("EpisodeOfCare/" + lutonCase + "\"").doesNotContain("Patient/" + lutonChild + "\"")
				.doesNotContain(lutonChildFamily);
		List<Bundle> answers = ((Bundle) parse(response.body())).getEntry().stream().map(entry -> (Bundle) entry.getResource()).toList();
		assertThat(answers.get(0).getTotal()).isZero();
		assertThat(answers.get(1).getEntry()).extracting(entry -> entry.getResource().getIdElement().getIdPart()).containsExactly(bedsCase);
		assertThat(answers.get(2).getEntry()).isEmpty();
		assertThat(answers.get(3).getTotal()).isZero();
		Bundle ownCases = (Bundle) parse(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare?_summary=count").body());
		assertThat(answers.get(4).getTotal()).isEqualTo(ownCases.getTotal()).isPositive();
	}

	@Test
	void aDoctorsBatchMayHoldSearchesOnlyAndNoneThatReachesAcrossRecords() throws Exception {
		for (String refused : List.of("EpisodeOfCare/" + lutonCase, "Patient?_has:EpisodeOfCare:patient:care-manager=PractitionerRole/designated-doctor-luton",
				"EpisodeOfCare?patient.family=" + encode(lutonChildFamily), "EpisodeOfCare?patient%2Efamily=" + encode(lutonChildFamily),
				"Patient/" + lutonChild + "/$everything", "?_type=Patient", "AuditEvent?_summary=count&_has%3ATask%3Afocus%3Acode=jar")) {
			Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
			batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?_summary=count");
			batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(refused);
			assertRefusedWithoutData(post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
					fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8)), 403);
		}
		Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		transaction.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?_summary=count");
		assertRefusedWithoutData(post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(transaction).getBytes(StandardCharsets.UTF_8)), 403);
		Bundle ofARefusedType = new Bundle().setType(Bundle.BundleType.BATCH);
		ofARefusedType.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?_count=0");
		ofARefusedType.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Subscription?_count=0");
		HttpResponse<String> refusedEntry = post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(ofARefusedType).getBytes(StandardCharsets.UTF_8));
		assertRefusedWithoutData(refusedEntry, 403);
		assertThat(((OperationOutcome) parse(refusedEntry.body())).getIssueFirstRep().getDiagnostics())
				.as("the refusal names the entry refused").startsWith("Entry GET Subscription?_count=0: ");
		Bundle malformed = new Bundle().setType(Bundle.BundleType.BATCH);
		malformed.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?%zz=1");
		assertThat(post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(malformed).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
	}

	@Test
	void searchesAreNarrowedNotFilteredSoCountsAndIdsShowNothingOfAnotherArea() throws Exception {
		HttpResponse<String> byId = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare?_id=" + lutonCase + "&_total=accurate");
		assertThat(byId.statusCode()).isEqualTo(200);
		assertThat(((Bundle) parse(byId.body())).getTotal()).isZero();
		assertThat(ids(byId, "EpisodeOfCare")).isEmpty();

		HttpResponse<String> lutonChildsTasks = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Task?patient=Patient/" + lutonChild);
		assertThat(ids(lutonChildsTasks, "Task")).isEmpty();

		HttpResponse<String> askedForLuton = get(DemoClient.DOCTOR_BEDFORDSHIRE,
				"/fhir/Task?_security=" + encode(AccessLabels.REVIEW_AREA_SYSTEM + "|designated-doctor-luton"));
		assertThat(ids(askedForLuton, "Task")).as(askedForLuton.body()).isEmpty();
		HttpResponse<String> casesOfLuton = get(DemoClient.DOCTOR_BEDFORDSHIRE,
				"/fhir/EpisodeOfCare?_security=" + encode(AccessLabels.REVIEW_AREA_SYSTEM + "|designated-doctor-luton"));
		assertThat(ids(casesOfLuton, "EpisodeOfCare")).as(casesOfLuton.body()).isEmpty();

		HttpResponse<String> own = get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare?_id=" + bedsCase);
		assertThat(ids(own, "EpisodeOfCare")).containsExactly(bedsCase);
	}

	@Test
	void aCaseMovedToAnotherAreaTakesItsRecordsWithIt() throws Exception {
		String moved = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		EpisodeOfCare episode = caseRecord(moved);
		String child = episode.getPatient().getReferenceElement().getIdPart();
		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/EpisodeOfCare/" + moved).statusCode()).isEqualTo(404);

		// the CDR Manager finds the child lives in Luton after all
		Parameters transfer = new Parameters();
		transfer.addParameter().setName("area").setValue(new CodeType("E06000032"));
		transfer.addParameter().setName("reason").setValue(new StringType("Lived in Luton"));
		client.operation().onInstance(episode.getIdElement()).named("$transfer").withParameters(transfer).execute();

		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/EpisodeOfCare/" + moved).statusCode()).isEqualTo(200);
		assertThat(get(DemoClient.DOCTOR_LUTON, "/fhir/Patient/" + child).statusCode()).isEqualTo(200);
		assertThat(ids(get(DemoClient.DOCTOR_LUTON, "/fhir/Task?focus=EpisodeOfCare/" + moved), "Task")).isNotEmpty();
		assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/EpisodeOfCare/" + moved).statusCode()).isEqualTo(404);
		assertThat(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Patient/" + child).statusCode()).isEqualTo(404);
		assertThat(ids(get(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Task?focus=EpisodeOfCare/" + moved), "Task")).isEmpty();
		// counted as well as shown: the moved records are found by their new area's searches, not their old one's
		assertThat(total(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Task?focus=EpisodeOfCare/" + moved + "&_summary=count")).isZero();
		assertThat(total(DemoClient.DOCTOR_BEDFORDSHIRE, "/fhir/Patient?_id=" + child + "&_summary=count")).isZero();
		assertThat(total(DemoClient.DOCTOR_LUTON, "/fhir/Task?focus=EpisodeOfCare/" + moved + "&_summary=count"))
				.isEqualTo(total(DemoClient.CDR_MANAGER, "/fhir/Task?focus=EpisodeOfCare/" + moved + "&_summary=count")).isPositive();
		assertThat(total(DemoClient.DOCTOR_LUTON, "/fhir/Patient?_id=" + child + "&_summary=count")).isOne();
	}

	@Test
	void unknownSearchParametersAreRejectedNotIgnored() throws Exception {
		HttpResponse<String> response = get(DemoClient.CDR_MANAGER, "/fhir/EpisodeOfCare?favourite-colour=blue");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("OperationOutcome").contains("favourite-colour");
	}

	private void assertRefusedWithoutData(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.body()).contains("OperationOutcome")
				.doesNotContain("EpisodeOfCare/" + lutonCase + "\"").doesNotContain("Patient/" + lutonChild + "\"");
		if (lutonChildFamily != null) {
			assertThat(response.body()).doesNotContain(lutonChildFamily);
		}
	}

	private int total(DemoClient caller, String countSearch) throws Exception {
		HttpResponse<String> response = get(caller, countSearch);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return ((Bundle) parse(response.body())).getTotal();
	}

	/** The ids of the resources of a type in a search response. */
	private List<String> ids(HttpResponse<String> response, String type) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Bundle bundle = (Bundle) parse(response.body());
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(resource -> resource != null && resource.fhirType().equals(type))
				.map(resource -> resource.getIdElement().getIdPart()).toList();
	}


	private EpisodeOfCare caseRecord(String id) {
		return client.read().resource(EpisodeOfCare.class).withId(id).execute();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
