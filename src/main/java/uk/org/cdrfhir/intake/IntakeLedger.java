package uk.org.cdrfhir.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * The server's own unique keys, which hold for ever (HAPI's match-URL uniqueness lasts an hour):
 * one receipt per notification business identifier, and one case per child. Both tables are ours,
 * created at start-up if missing, and written in the same database transaction as the
 * notification, so a rolled-back notification leaves no key behind.
 *
 * <p>A key claimed by a concurrent transaction makes the claim fail (a duplicate key once the other
 * commits, or a lock timeout while it runs) with {@link ConcurrentIntakeException}; the intake then
 * retries and finds the winner's key.
 */
@Component
public class IntakeLedger {

	private final JdbcTemplate jdbc;

	public IntakeLedger(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@PostConstruct
	void createTablesIfMissing() {
		jdbc.execute("create table if not exists cdr_notification_receipt ("
				+ "identifier_system varchar(512) not null, "
				+ "identifier_value varchar(512) not null, "
				+ "content_hash varchar(64) not null, "
				+ "bundle_id varchar(64) not null, "
				+ "case_id varchar(64), "
				+ "received_at timestamp not null, "
				+ "primary key (identifier_system, identifier_value))");
		jdbc.execute("create table if not exists cdr_case_key ("
				+ "child_key varchar(200) primary key, "
				+ "case_year integer not null, "
				+ "case_seq integer not null, "
				+ "case_id varchar(64), "
				+ "unique (case_year, case_seq))");
	}

	/** A notification already received under this business identifier. */
	public record Receipt(String contentHash, String bundleId, String caseId) {
	}

	public Optional<Receipt> findReceipt(String system, String value) {
		return jdbc.query("select content_hash, bundle_id, case_id from cdr_notification_receipt "
						+ "where identifier_system = ? and identifier_value = ?",
				rows -> rows.next()
						? Optional.of(new Receipt(rows.getString(1), rows.getString(2), rows.getString(3)))
						: Optional.empty(),
				system, value);
	}

	public void claimReceipt(String system, String value, String contentHash, String bundleId) {
		try {
			jdbc.update("insert into cdr_notification_receipt "
							+ "(identifier_system, identifier_value, content_hash, bundle_id, received_at) values (?, ?, ?, ?, ?)",
					system, value, contentHash, bundleId, Timestamp.from(Instant.now()));
		} catch (DuplicateKeyException | TransientDataAccessException e) {
			throw new ConcurrentIntakeException("notification " + system + "|" + value + " is being received by another request");
		}
	}

	public void recordReceiptCase(String system, String value, String caseId) {
		jdbc.update("update cdr_notification_receipt set case_id = ? where identifier_system = ? and identifier_value = ?",
				caseId, system, value);
	}

	/** The case of a child, by the child's key (see {@link ChildKey}). */
	public Optional<String> findCase(String childKey) {
		return jdbc.query("select case_id from cdr_case_key where child_key = ? and case_id is not null",
				rows -> rows.next() ? Optional.of(rows.getString(1)) : Optional.empty(), childKey);
	}

	/**
	 * Claims the child's key for a new case and returns the case's number within the year (1, 2, …).
	 */
	public int claimCase(String childKey, int year) {
		Integer last = jdbc.queryForObject("select max(case_seq) from cdr_case_key where case_year = ?", Integer.class, year);
		int next = last == null ? 1 : last + 1;
		try {
			jdbc.update("insert into cdr_case_key (child_key, case_year, case_seq) values (?, ?, ?)", childKey, year, next);
		} catch (DuplicateKeyException | TransientDataAccessException e) {
			throw new ConcurrentIntakeException("a case for this child, or case number " + year + "-" + next
					+ ", is being created by another request");
		}
		return next;
	}

	public void recordCase(String childKey, String caseId) {
		jdbc.update("update cdr_case_key set case_id = ? where child_key = ?", caseId, childKey);
	}
}
