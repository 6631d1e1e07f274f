package uk.org.cdrfhir.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A case opened before the aggregates kept the time of receipt gets it from the intake's receipts at
 * start-up, so it counts towards the share notified to NCMD within 48 hours.
 */
class ReceiptTimeBackfillTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private ReceiptTimeBackfill backfill;

	@Test
	void aCaseWithoutItsTimeOfReceiptGetsTheFirstNotificationsReceiptTime() throws Exception {
		Instant before = Instant.now();
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage));
		Instant after = Instant.now();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("update cdr_case_facts set notified_at = null where case_id = ?", caseId);
		String unknownCase = "backfill-" + java.util.UUID.randomUUID();
		jdbc.update("insert into cdr_case_facts (case_id, area, ethnicity_group, jar, notified_on) values (?, 'E06000055', 'white', false, ?)",
				unknownCase, java.sql.Date.valueOf("2020-01-01"));

		backfill.fillInReceiptTimes();

		assertThat(notifiedAt(jdbc, caseId)).hasValueSatisfying(received -> assertThat(received).isBetween(before, after));
		assertThat(notifiedAt(jdbc, unknownCase)).as("no receipt in the ledger: left without").isEmpty();
		jdbc.update("delete from cdr_case_facts where case_id = ?", unknownCase);
	}

	private static Optional<Instant> notifiedAt(JdbcTemplate jdbc, String caseId) {
		return Optional.ofNullable(jdbc.queryForObject("select notified_at from cdr_case_facts where case_id = ?", Timestamp.class, caseId))
				.map(Timestamp::toInstant);
	}
}
