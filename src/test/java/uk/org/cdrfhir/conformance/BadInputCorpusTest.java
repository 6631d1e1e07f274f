package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A seeded corpus of several hundred malformed, hostile and out-of-profile requests
 * ({@link BadInputCorpus}), each sent as every role: never a 5xx, and a request that is refused
 * stores nothing, neither a FHIR record (audit events apart: refusals are audited) nor a row of the
 * server's own tables (receipts, case keys, the NCMD outbox).
 */
class BadInputCorpusTest extends FhirServerTestBase {

	private static final long SEED = 20261204L;
	private static final int MINIMUM_CORPUS = 300;

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private DataSource dataSource;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void noBadRequestGetsA5xxOrStoresAnything() throws Exception {
		List<String> testNotifications = IntStream.range(0, 5)
				.mapToObj(i -> fhirContext.newJsonParser().encodeResourceToString(TestNotifications.newChild(cdrPackage).bundle()))
				.toList();
		List<BadInputCorpus.BadRequest> corpus = new BadInputCorpus(SEED, fhirContext, cdrPackage.examples(), testNotifications)
				.generate();
		assertThat(corpus).hasSizeGreaterThanOrEqualTo(MINIMUM_CORPUS);

		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (BadInputCorpus.BadRequest request : corpus) {
			for (DemoClient role : DemoClient.values()) {
				long before = stored(jdbc);
				HttpResponse<String> response = send(request, role);
				statuses.merge(response.statusCode(), 1, Integer::sum);
				if (response.statusCode() >= 500) {
					failures.add(response.statusCode() + " for " + request.method() + " " + request.path() + " as " + role + ": "
							+ request.description() + " -> " + abbreviate(response.body()));
				} else if (response.statusCode() >= 300 && stored(jdbc) != before) {
					failures.add("stored although refused with " + response.statusCode() + ": " + request.method() + " "
							+ request.path() + " as " + role + ": " + request.description());
				}
			}
		}
		System.out.printf("[bad-input corpus] %d requests x %d roles, seed %d; answers by status: %s%n", corpus.size(),
				DemoClient.values().length, SEED, statuses);
		assertThat(failures).isEmpty();
	}

	/** Everything a write could leave behind, audit events apart. */
	private static long stored(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select (select count(*) from hfj_resource where res_type <> 'AuditEvent')"
				+ " + (select count(*) from cdr_notification_receipt) + (select count(*) from cdr_case_key)"
				+ " + (select count(*) from cdr_ncmd_outbox)", Long.class);
	}

	private HttpResponse<String> send(BadInputCorpus.BadRequest request, DemoClient role) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(fhirBase() + request.path()))
				.timeout(Duration.ofMinutes(2))
				.header("Authorization", "Bearer " + token(role))
				.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
		if (request.contentType() != null) {
			builder.header("Content-Type", request.contentType());
		}
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String abbreviate(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}
}
