package uk.org.cdrfhir.ncmd;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jakarta.annotation.PostConstruct;

/**
 * The NCMD notifications to send, one per case: written in the transaction that opens the case
 * (so a case never exists without its notification to NCMD, nor the other way round), taken and
 * marked by the sender. A table of ours, like the intake ledger, created at start-up if missing
 * (the same statements on H2 and PostgreSQL); not a FHIR resource, so no FHIR request can read it.
 *
 * <p>Several nodes share the table: a node takes a notification with a lease (a conditional update,
 * so of two nodes asking at once one gets it), sends it, and records the outcome; a node that dies
 * while sending leaves a lease that runs out, and another node sends the same message again (same
 * message id, so the receiver can tell).
 */
@Repository
public class NcmdOutbox {

	public enum Status {
		/** to be sent */
		PENDING,
		/** acknowledged by NCMD */
		DELIVERED,
		/** not sent: the notify-ncmd task was closed by hand first */
		SETTLED
	}

	private static final String COLUMNS = "message_id, case_id, payload, created_at, due_at, status, attempts, "
			+ "next_attempt_at, last_error, alert_task_id";

	private final JdbcTemplate jdbc;

	public NcmdOutbox(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@PostConstruct
	void createTableIfMissing() {
		jdbc.execute("create table if not exists cdr_ncmd_outbox ("
				+ "message_id varchar(64) primary key, "
				+ "case_id varchar(64) not null unique, "
				+ "payload text not null, "
				+ "created_at timestamp with time zone not null, "
				+ "due_at timestamp with time zone not null, "
				+ "status varchar(16) not null, "
				+ "attempts integer not null, "
				+ "next_attempt_at timestamp with time zone not null, "
				+ "lease_owner varchar(64), "
				+ "lease_until timestamp with time zone, "
				+ "last_error varchar(512), "
				+ "delivered_at timestamp with time zone, "
				+ "alert_task_id varchar(64))");
		jdbc.execute("create index if not exists cdr_ncmd_outbox_due on cdr_ncmd_outbox (status, next_attempt_at)");
	}

	/**
	 * One notification to NCMD. {@code payload}: the notification dataset (the document, FHIR JSON);
	 * {@code dueAt}: the notify-ncmd task's deadline.
	 */
	public record Entry(String messageId, String caseId, String payload, Instant createdAt, Instant dueAt, Status status,
			int attempts, Instant nextAttemptAt, String lastError, String alertTaskId) {
	}

	/** Adds a case's notification, to be sent at once; in the caller's transaction. */
	public void add(String messageId, String caseId, String payload, Instant createdAt, Instant dueAt) {
		jdbc.update("insert into cdr_ncmd_outbox (message_id, case_id, payload, created_at, due_at, status, attempts, "
						+ "next_attempt_at) values (?, ?, ?, ?, ?, ?, 0, ?)",
				messageId, caseId, payload, Timestamp.from(createdAt), Timestamp.from(dueAt), Status.PENDING.name(),
				Timestamp.from(createdAt));
	}

	/**
	 * Takes up to {@code limit} notifications due by {@code now} that no node holds, for this node until
	 * {@code leaseUntil}. Each is taken by a conditional update of its own row: of two nodes taking the
	 * same one, the second updates nothing and passes it by.
	 */
	public List<Entry> claimDue(String node, Instant now, Instant leaseUntil, int limit) {
		Timestamp at = Timestamp.from(now);
		List<String> candidates = jdbc.queryForList("select message_id from cdr_ncmd_outbox where status = ? "
						+ "and next_attempt_at <= ? and (lease_until is null or lease_until < ?) "
						+ "order by next_attempt_at fetch first " + limit + " rows only",
				String.class, Status.PENDING.name(), at, at);
		List<Entry> claimed = new ArrayList<>();
		for (String messageId : candidates) {
			int taken = jdbc.update("update cdr_ncmd_outbox set lease_owner = ?, lease_until = ? where message_id = ? "
							+ "and status = ? and (lease_until is null or lease_until < ?)",
					node, Timestamp.from(leaseUntil), messageId, Status.PENDING.name(), at);
			if (taken == 1) {
				find(messageId).ifPresent(claimed::add);
			}
		}
		return claimed;
	}

	public Optional<Entry> find(String messageId) {
		return jdbc.query("select " + COLUMNS + " from cdr_ncmd_outbox where message_id = ?",
				rows -> rows.next() ? Optional.of(entry(rows)) : Optional.empty(), messageId);
	}

	public Optional<Entry> findByCase(String caseId) {
		return jdbc.query("select " + COLUMNS + " from cdr_ncmd_outbox where case_id = ?",
				rows -> rows.next() ? Optional.of(entry(rows)) : Optional.empty(), caseId);
	}

	/**
	 * Records an acknowledged delivery; false if the notification was no longer pending (another node
	 * recorded it first), so the caller does not complete the task twice.
	 */
	public boolean markDelivered(String messageId, Instant at) {
		return jdbc.update("update cdr_ncmd_outbox set status = ?, delivered_at = ?, attempts = attempts + 1, "
						+ "lease_owner = null, lease_until = null, last_error = null where message_id = ? and status = ?",
				Status.DELIVERED.name(), Timestamp.from(at), messageId, Status.PENDING.name()) == 1;
	}

	/** Records a failed attempt; the next one is due at {@code nextAttemptAt}. */
	public void markFailed(String messageId, String error, Instant nextAttemptAt) {
		jdbc.update("update cdr_ncmd_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, "
						+ "lease_owner = null, lease_until = null where message_id = ? and status = ?",
				error, Timestamp.from(nextAttemptAt), messageId, Status.PENDING.name());
	}

	/** Records that the task was closed by hand before the notification was sent: nothing more to send. */
	public void markSettled(String messageId) {
		jdbc.update("update cdr_ncmd_outbox set status = ?, lease_owner = null, lease_until = null "
				+ "where message_id = ? and status = ?", Status.SETTLED.name(), messageId, Status.PENDING.name());
	}

	public void recordAlert(String messageId, String taskId) {
		jdbc.update("update cdr_ncmd_outbox set alert_task_id = ? where message_id = ?", taskId, messageId);
	}

	private static Entry entry(ResultSet row) throws SQLException {
		return new Entry(row.getString("message_id"), row.getString("case_id"), row.getString("payload"),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("due_at").toInstant(),
				Status.valueOf(row.getString("status")), row.getInt("attempts"),
				row.getTimestamp("next_attempt_at").toInstant(), row.getString("last_error"),
				row.getString("alert_task_id"));
	}
}
