package uk.org.cdrfhir.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.cdrfhir.support.FhirServerTestBase;

/**
 * Whatever a client sends, a broken request gets a 4xx with an OperationOutcome that says what is
 * wrong, never a 500, and nothing is stored.
 */
class BadInputTest extends FhirServerTestBase {

	private static final String JSON = "application/fhir+json";
	private static final String XML = "application/fhir+xml";

	private int patientsBefore;
	private int observationsBefore;

	@BeforeEach
	void countBefore() {
		patientsBefore = count("Patient");
		observationsBefore = count("Observation");
	}

	@AfterEach
	void nothingStored() {
		assertThat(count("Patient")).isEqualTo(patientsBefore);
		assertThat(count("Observation")).isEqualTo(observationsBefore);
	}

	@Test
	void malformedJson() throws Exception {
		HttpResponse<String> response = post("/Patient", JSON, "{\"resourceType\":\"Patient\",".getBytes());
		assertRefused(response, 400, "Failed to parse");
	}

	@Test
	void malformedXml() throws Exception {
		HttpResponse<String> response = post("/Patient", XML,
				"<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"X\"/></Patient>".getBytes());
		assertRefused(response, 400, "parse");
	}

	@Test
	void bodyOfAnotherResourceType() throws Exception {
		HttpResponse<String> response = post("/Patient", JSON,
				"{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"}}".getBytes());
		assertRefused(response, 400, "Observation");
	}

	@Test
	void unknownResourceType() throws Exception {
		HttpResponse<String> response = post("/Unicorn", JSON, "{\"resourceType\":\"Unicorn\"}".getBytes());
		assertRefused(response, 404, "Unknown resource type 'Unicorn'");
	}

	@Test
	void emptyBody() throws Exception {
		HttpResponse<String> response = post("/Patient", JSON, new byte[0]);
		assertRefused(response, 400, "Did not find any content to parse");
	}

	@Test
	void twentyMegabyteBodyIsRefusedBeforeParsing() throws Exception {
		byte[] body = new byte[20 * 1024 * 1024];
		Arrays.fill(body, (byte) ' ');
		byte[] start = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"".getBytes(StandardCharsets.UTF_8);
		System.arraycopy(start, 0, body, 0, start.length);

		HttpResponse<String> response = post("/Patient", JSON, body);
		assertRefused(response, 413, "larger than this server accepts");
	}

	private void assertRefused(HttpResponse<String> response, int status, String diagnosticsFragment) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssue()).isNotEmpty();
		assertThat(outcome.getIssueFirstRep().getSeverity()).isIn(IssueSeverity.ERROR, IssueSeverity.FATAL);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).containsIgnoringCase(diagnosticsFragment);
	}
}
