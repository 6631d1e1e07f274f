package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.qos.logback.classic.Level;
import uk.org.cdrfhir.support.CapturedLogs;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;

/**
 * A search value that is not of its parameter's type is the client's mistake: 400 with an
 * OperationOutcome naming the parameter and the value, on its own or as a batch entry (where HAPI
 * answered such an entry "500 Internal Server Error"), and no ERROR or stack trace in the log.
 */
class SearchValuesTest extends FhirServerTestBase {

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
			assertThat(diagnostics(answer.body())).contains("the search parameter " + parameter + " has the value \"" + value
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
