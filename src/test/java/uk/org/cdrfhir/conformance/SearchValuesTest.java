package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Level;
import uk.org.cdrfhir.support.CapturedLogs;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A parameter value the server cannot read is the client's mistake: 400 with an OperationOutcome
 * naming the parameter and the value, on its own or as a batch entry (where HAPI answered a search
 * value not of its type "500 Internal Server Error", as it did a count that is no number to
 * {@code $everything}), and no ERROR or stack trace in the log.
 */
class SearchValuesTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;

	@ParameterizedTest
	@CsvSource({
			"Task, due-date, notadate, date", // a parameter of ours
			"Task, due-date, lt, date", // a prefix and nothing after it
			"Patient, birthdate, 2020-02-31, date", // HAPI's own parameter, a day that does not exist
			"Observation, value-quantity, abc, quantity",
			"Task, _lastUpdated, xx, date"})
	void aSearchIsRefusedNamingTheParameterAndTheValue(String type, String parameter, String value, String kind) throws Exception {
		try (CapturedLogs logs = CapturedLogs.capture()) {
			HttpResponse<String> answer = get("/fhir/" + type + "?" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));

			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
			assertThat(diagnostics(answer.body())).contains("The search parameter " + parameter + " has the value \"" + value
					+ "\", which is not a valid " + kind + " value");
			assertNoErrorLogged(logs);
		}
	}

	@ParameterizedTest
	@CsvSource({
			"Task?due-date=notadate, due-date",
			"Patient?birthdate=2020-02-31, birthdate",
			"Observation?value-quantity=abc, value-quantity",
			"Task?_lastUpdated=xx, _lastUpdated"})
	void aBatchWithSuchAnEntryIsRefusedNamingTheEntry(String search, String parameter) throws Exception {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("EpisodeOfCare?_count=0");
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl(search);

		try (CapturedLogs logs = CapturedLogs.capture()) {
			HttpResponse<String> answer = post("", "application/fhir+json",
					fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));

			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
			assertThat(diagnostics(answer.body())).startsWith("Entry GET " + search + ": the search parameter " + parameter);
			assertNoErrorLogged(logs);
		}
	}

	@ParameterizedTest
	@CsvSource({"_count, abc", "_count, -5", "_offset, x"})
	void aCountOrOffsetThatIsNoWholeNumberIsRefusedBySearchesAndOperationsAlike(String parameter, String value) throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage));
		String patient = client.read().resource(EpisodeOfCare.class).withId(caseId).execute().getPatient().getReference();
		try (CapturedLogs logs = CapturedLogs.capture()) {
			for (String request : new String[] {"Task?", patient + "/$everything?"}) {
				HttpResponse<String> answer = get("/fhir/" + request + parameter + "=" + value);

				assertThat(answer.statusCode()).as(request + answer.body()).isEqualTo(400);
				assertThat(diagnostics(answer.body())).isEqualTo("The parameter " + parameter + " has the value \"" + value
						+ "\", which is not a whole number of 0 or more");
			}
			assertNoErrorLogged(logs);
		}
	}

	@Test
	void filterIsNotSupportedAndSaysSoWhateverItHolds() throws Exception {
		for (String filter : new String[] {"x", "status%20eq%20ready"}) {
			HttpResponse<String> answer = get("/fhir/Task?_filter=" + filter);

			assertThat(answer.statusCode()).as(filter).isEqualTo(400);
			assertThat(diagnostics(answer.body())).startsWith("The _filter parameter is not supported by this server");
		}
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?_filter=x");
		HttpResponse<String> answer = post("", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(diagnostics(answer.body())).startsWith("Entry GET Task?_filter=x: the _filter parameter is not supported");
	}

	@Test
	void aConditionalWriteSearchesAndIsRefusedAlikeStoringNothing() throws Exception {
		String task = "{\"resourceType\":\"Task\",\"status\":\"ready\",\"intent\":\"order\"}";
		int tasksBefore = count("Task");
		try (CapturedLogs logs = CapturedLogs.capture()) {
			HttpResponse<String> update = send("PUT", "/Task?due-date=zz", task);
			HttpResponse<String> create = postWithHeader(DemoClient.CDR_MANAGER, "/Task", task.getBytes(StandardCharsets.UTF_8),
					"If-None-Exist", "due-date=zz");
			Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
			transaction.addEntry().setResource((Resource) parse(task)).getRequest()
					.setMethod(Bundle.HTTPVerb.PUT).setUrl("Task?due-date=zz");
			HttpResponse<String> inTransaction = post("", "application/fhir+json",
					fhirContext.newJsonParser().encodeResourceToString(transaction).getBytes(StandardCharsets.UTF_8));

			assertThat(update.statusCode()).as(update.body()).isEqualTo(400); // HAPI answered 500
			assertThat(diagnostics(update.body())).startsWith("The search parameter due-date has the value \"zz\"");
			assertThat(create.statusCode()).as(create.body()).isEqualTo(400);
			assertThat(diagnostics(create.body())).startsWith("If-None-Exist: the search parameter due-date has the value \"zz\"");
			assertThat(inTransaction.statusCode()).as(inTransaction.body()).isEqualTo(400);
			assertThat(diagnostics(inTransaction.body())).startsWith("Entry PUT Task?due-date=zz: the search parameter due-date");
			assertNoErrorLogged(logs);
		}
		assertThat(count("Task")).isEqualTo(tasksBefore);
	}

	@Test
	void aBatchEntryNotUrlEncodedCorrectlyIsRefused() throws Exception {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?due-date=%zz");

		HttpResponse<String> answer = post("", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(diagnostics(answer.body())).startsWith("Entry GET Task?due-date=%zz: the search is not URL-encoded correctly");
	}

	@Test
	void searchesWithValuesOfTheirTypesAreAnsweredAsBefore() throws Exception {
		for (String search : new String[] {"Task?due-date=lt2026-01-01T00:00:00Z&_count=0", "Patient?birthdate=ge2010-02-28",
				"Task?_lastUpdated=ge2020-01-01&_count=0", "EpisodeOfCare?stage=notified&area:missing=true&_count=0",
				"EpisodeOfCare?patient.age-band=neonatal&_count=0", "EpisodeOfCare?_has:Task:focus:code=jar&_count=0",
				"Task?open-code=jar&due-date=ge2026-01-01T00:00:00Z&due-date=lt2026-02-01T00:00:00Z"}) {
			assertThat(get("/fhir/" + search).statusCode()).as(search).isEqualTo(200);
		}
	}

	@Test
	void aDesignatedDoctorsBatchIsCheckedAlike() throws Exception {
		Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
		batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.GET).setUrl("Task?due-date=notadate");

		HttpResponse<String> answer = post(DemoClient.DOCTOR_BEDFORDSHIRE, "", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(batch).getBytes(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		assertThat(diagnostics(answer.body())).startsWith("Entry GET Task?due-date=notadate");
	}

	private String diagnostics(String body) {
		return ((OperationOutcome) parse(body)).getIssueFirstRep().getDiagnostics();
	}

	private static void assertNoErrorLogged(CapturedLogs logs) {
		assertThat(logs.events()).as(String.join("\n", logs.lines()))
				.noneMatch(event -> event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR));
	}
}
