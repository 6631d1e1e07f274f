package uk.org.cdrfhir.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.ReviewTestBase;
import uk.org.cdrfhir.support.TestDatabaseExtension;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * Panel summary benchmark (prints figures; not a test, run by {@code bench/panel-summary.sh}):
 * 20 cases notified and moved to ready-for-panel through the API; the time of the stage changes
 * (which rebuild the summary as their last step), the rebuild alone in a transaction of its own (no
 * record in hand, so every read is a real one: its cost is at most this in a triggering
 * transaction), and a 20-case panel pack rendered as PDF.
 */
class PanelSummaryBenchmark extends ReviewTestBase {

	private static final int CASES = 20;
	private static final int ROUNDS = 5;

	@Autowired
	private PanelSummaries panelSummaries;

	@Autowired
	private IHapiTransactionService transactions;

	@Autowired
	private DaoRegistry daoRegistry;

	@Autowired
	private DataSource dataSource;

	@Test
	void measure() throws Exception {
		List<String> caseIds = new ArrayList<>();
		List<Long> stageChanges = new ArrayList<>();
		for (int i = 0; i < CASES; i++) {
			String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
			complete(task(caseId, "notify-ncmd"));
			stageChanges.add(timed(() -> advanceOk(caseId, "information-gathering")));
			stageChanges.add(timed(() -> advanceOk(caseId, "ready-for-panel")));
			caseIds.add(caseId);
		}

		if (TestDatabaseExtension.isPostgres()) {
			// statistics, as autovacuum keeps them in production (docs/operations.md): a test database has none
			new JdbcTemplate(dataSource).execute("analyze");
		}
		List<Long> rebuilds = new ArrayList<>();
		List<Long> emptyTransactions = new ArrayList<>();
		for (int round = 0; round < ROUNDS; round++) {
			for (String caseId : caseIds) {
				EpisodeOfCare episode = daoRegistry.getResourceDao(EpisodeOfCare.class)
						.read(new IdType("EpisodeOfCare", caseId), new SystemRequestDetails());
				rebuilds.add(timed(() -> transactions.withSystemRequest().execute(() -> {
					panelSummaries.rebuild(episode, new TransactionDetails());
					return null;
				})));
				// what a triggering transaction pays anyway: its begin and commit
				emptyTransactions.add(timed(() -> transactions.withSystemRequest().execute(() -> null)));
			}
		}

		HttpResponse<String> meeting = create(meeting(caseIds.toArray(String[]::new)));
		assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
		String meetingId = ((Appointment) parse(meeting.body())).getIdElement().getIdPart();
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest pack = HttpRequest.newBuilder(URI.create(fhirBase() + "/Appointment/" + meetingId + "/$panel-pack"))
				.header("Accept", "application/pdf").header("Authorization", "Bearer " + token(DemoClient.PANEL_MEMBER)).GET().build();
		List<Long> packs = new ArrayList<>();
		int bytes = 0;
		for (int round = 0; round < ROUNDS + 1; round++) {
			long start = System.nanoTime();
			HttpResponse<byte[]> pdf = http.send(pack, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			if (round > 0) { // the first warms the renderer
				packs.add(System.nanoTime() - start);
			}
			bytes = pdf.body().length;
		}

		System.out.printf("%nPANEL SUMMARY BENCHMARK (%d cases)%n", CASES);
		System.out.printf("stage change ($advance-stage, with its summary rebuild), median: %.1f ms (n=%d)%n",
				median(stageChanges), stageChanges.size());
		System.out.printf("summary rebuild alone, own transaction incl. its write, median: %.1f ms, p90 %.1f ms (n=%d)%n",
				median(rebuilds), percentile(rebuilds, 0.9), rebuilds.size());
		System.out.printf("empty transaction (begin and commit), median: %.1f ms; so the rebuild adds %.1f ms%n",
				median(emptyTransactions), median(rebuilds) - median(emptyTransactions));
		System.out.printf("panel pack of %d cases as PDF (GET $panel-pack), median: %.0f ms, %d KB (n=%d)%n%n",
				CASES, median(packs), bytes / 1024, packs.size());
	}

	private void advanceOk(String caseId, String stage) {
		try {
			moved(advance(DemoClient.CDR_MANAGER, caseId, stage), stage);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private interface Step {
		void run() throws Exception;
	}

	private static long timed(Step step) throws Exception {
		long start = System.nanoTime();
		step.run();
		return System.nanoTime() - start;
	}

	private static double median(List<Long> nanos) {
		return percentile(nanos, 0.5);
	}

	private static double percentile(List<Long> nanos, double p) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
	}
}
