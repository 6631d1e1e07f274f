package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ch.qos.logback.classic.Level;
import uk.org.cdrfhir.support.CapturedLogs;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.RawHttp;

/**
 * Requests refused before any filter looks at them (a path with {@code ..}, {@code //} or {@code ;}):
 * a plain 400, one log line without a stack trace, and an audit event like every other request.
 */
class RequestFirewallTest extends FhirServerTestBase {

	@Test
	void aPathClimbingOutOfTheGuideIntoTheApiWithoutATokenAnswers400AndLogsNoStackTrace() throws Exception {
		try (CapturedLogs logs = CapturedLogs.capture()) {
			RawHttp.Answer answer = RawHttp.get(port, "/ig/../fhir/EpisodeOfCare/1");

			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
			assertThat(logs.events()).as(String.join("\n", logs.lines()))
					.noneMatch(event -> event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"/ig/../fhir/Patient/%s", "/fhir/Patient//%s", "/fhir/Patient;%s/1"})
	void aRequestRefusedByTheFirewallIsAudited(String pathPattern) throws Exception {
		String marker = "m" + UUID.randomUUID().toString().replace("-", "");

		assertThat(RawHttp.get(port, pathPattern.formatted(marker)).status()).isEqualTo(400);

		HttpResponse<String> events = get(DemoClient.ADMINISTRATOR, "/fhir/AuditEvent?outcome=4&_sort=-date&_count=50");
		assertThat(events.statusCode()).isEqualTo(200);
		assertThat(((Bundle) parse(events.body())).getEntry()).extracting(entry -> (AuditEvent) entry.getResource())
				.anySatisfy(event -> {
					assertThat(event.getOutcomeDesc()).startsWith("400");
					assertThat(event.getEntity()).anySatisfy(entity -> assertThat(
							new String(entity.getQuery(), StandardCharsets.UTF_8)).contains(marker));
				});
	}
}
