package uk.org.cdrfhir.ncmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.support.TestDatabaseExtension;

/**
 * The NCMD duty end to end, on server nodes of the test's own (see {@link NcmdNode}) sharing one
 * database, against a local receiver that fails, hangs and recovers, on a clock the test moves:
 * every case's notification is acknowledged exactly once, its notify-ncmd task completed, every
 * attempt audited; a delivery still failing near the deadline raises one alert task; a node that
 * restarts (or dies holding a notification) sends nothing twice that was acknowledged.
 */
@ExtendWith(TestDatabaseExtension.class)
class NcmdDeliveryTest {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private static NcmdReceiver receiver;
	private static TestDatabaseExtension.Connectable database;
	private static final MutableClock clock = new MutableClock();

	@BeforeAll
	static void startReceiver() throws Exception {
		receiver = new NcmdReceiver();
		database = TestDatabaseExtension.freshDatabase();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void survivesAnOutageAHangAndARestartSendingEachNotificationOnce() throws Exception {
		String firstCase;
		String firstMessage;
		String secondCase;
		try (NcmdNode node = new NcmdNode(database, receiver.endpoint(), clock)) {
			// NCMD is down: the case's notification waits in the outbox, its task stays open
			receiver.mode(NcmdReceiver.Mode.FAIL);
			firstCase = node.notifyNewChild();
			NcmdOutbox.Entry written = node.outboxEntry(firstCase);
			firstMessage = written.messageId();
			await(() -> node.outboxEntry(firstCase).attempts() == 1, "the first attempt");
			assertThat(receiver.receivedFor(firstMessage)).hasSize(1);
			assertThat(node.outboxEntry(firstCase).lastError()).contains("503");
			assertThat(notifyNcmd(node, firstCase).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);

			// nothing more before the wait is over
			Thread.sleep(1000);
			assertThat(receiver.receivedFor(firstMessage)).hasSize(1);

			// NCMD hangs: the attempt ends at the read timeout and is retried later
			receiver.mode(NcmdReceiver.Mode.HANG);
			clock.advance(Duration.ofMinutes(10));
			await(() -> node.outboxEntry(firstCase).attempts() == 2, "the attempt that hangs");
			assertThat(node.outboxEntry(firstCase).lastError()).contains("no answer");
			assertThat(node.outboxEntry(firstCase).nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(20)));
			assertThat(node.tasksOf(firstCase)).noneMatch(task -> isAlert(task));

			// still failing within 12 hours of the deadline: one alert for the CDR Manager
			receiver.mode(NcmdReceiver.Mode.FAIL);
			clock.set(written.dueAt().minus(Duration.ofHours(11)));
			await(() -> node.outboxEntry(firstCase).attempts() == 3, "an attempt near the deadline");
			clock.advance(Duration.ofHours(2));
			await(() -> node.outboxEntry(firstCase).attempts() == 4, "another attempt near the deadline");
			List<Task> alerts = node.tasksOf(firstCase).stream().filter(NcmdDeliveryTest::isAlert).toList();
			assertThat(alerts).hasSize(1);
			assertThat(alerts.get(0).getOwner().getReference()).isEqualTo("PractitionerRole/cdr-manager");
			assertThat(alerts.get(0).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
			assertThat(alerts.get(0).getRestriction().getPeriod().getEnd().toInstant()).isEqualTo(written.dueAt());
			assertThat(alerts.get(0).getMeta().getTag()).anyMatch(tag -> CdrUrls.CASE_NUMBER_SYSTEM.equals(tag.getSystem()));

			// NCMD is back: delivered once, the task completed (and the alert with it)
			receiver.mode(NcmdReceiver.Mode.ACKNOWLEDGE);
			clock.advance(Duration.ofHours(2));
			await(() -> node.outboxEntry(firstCase).status() == NcmdOutbox.Status.DELIVERED, "the delivery");
			assertThat(receiver.acknowledged(firstMessage)).isEqualTo(1);
			assertThat(new JdbcTemplate(node.bean(DataSource.class)).queryForObject(
					"select ncmd_notified_at from cdr_case_facts where case_id = ?", Timestamp.class, firstCase).toInstant())
					.as("the case's facts: NCMD notified when it acknowledged").isEqualTo(clock.instant());
			Task done = notifyNcmd(node, firstCase);
			assertThat(done.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
			assertThat(done.getOutputFirstRep().getValue()).isInstanceOf(Identifier.class);
			assertThat(((Identifier) done.getOutputFirstRep().getValue()).getValue()).isEqualTo(firstMessage);
			assertThat(node.tasksOf(firstCase).stream().filter(NcmdDeliveryTest::isAlert))
					.allMatch(alert -> alert.getStatus() == Task.TaskStatus.COMPLETED);

			// every attempt carried the same message, with the configured credentials, in the guide's message profile
			List<NcmdReceiver.Received> attempts = receiver.receivedFor(firstMessage);
			assertThat(attempts).hasSize(5);
			assertThat(attempts).extracting(NcmdReceiver.Received::body).containsOnly(attempts.get(0).body());
			assertThat(attempts).extracting(NcmdReceiver.Received::authorization).containsOnly("Bearer ncmd-test-token");
			assertThat(attempts.get(0).contentType()).startsWith("application/fhir+json");
			Bundle message = node.bean(FhirContext.class).newJsonParser().parseResource(Bundle.class, attempts.get(0).body());
			assertThat(message.getIdentifier().getValue()).isEqualTo(firstMessage);
			assertThat(node.bean(ProfileValidator.class)
					.validate(message, List.of(CdrUrls.BASE + "/StructureDefinition/cdr-notification-message")).isSuccessful())
					.as("the message sent meets cdr-notification-message").isTrue();

			// every attempt audited: four failures, one success
			List<AuditEvent> audited = node.exportsOf(firstMessage);
			assertThat(audited).extracting(AuditEvent::getOutcome).containsExactlyInAnyOrder(
					AuditEvent.AuditEventOutcome._8, AuditEvent.AuditEventOutcome._8, AuditEvent.AuditEventOutcome._8,
					AuditEvent.AuditEventOutcome._8, AuditEvent.AuditEventOutcome._0);

			// a second case, while NCMD fails again
			receiver.mode(NcmdReceiver.Mode.FAIL);
			secondCase = node.notifyNewChild();
			await(() -> node.outboxEntry(secondCase).attempts() == 1, "the second case's first attempt");
		}

		// the node stops; another one, about to send the second case, dies holding it
		clock.advance(Duration.ofHours(1));
		NcmdOutbox deadNode = new NcmdOutbox(new DriverManagerDataSource(database.url(), database.user(), database.password()));
		List<NcmdOutbox.Entry> held = deadNode.claimDue("a node that died", clock.instant(),
				clock.instant().plus(Duration.ofMinutes(5)), 10);
		assertThat(held).extracting(NcmdOutbox.Entry::caseId).containsExactly(secondCase);
		String secondMessage = held.get(0).messageId();

		receiver.mode(NcmdReceiver.Mode.ACKNOWLEDGE);
		try (NcmdNode restarted = new NcmdNode(database, receiver.endpoint(), clock)) {
			// while the dead node's lease lasts, nothing is sent; the delivered case is never sent again
			Thread.sleep(2000);
			assertThat(receiver.receivedFor(secondMessage)).hasSize(1);
			assertThat(receiver.receivedFor(firstMessage)).hasSize(5);

			clock.advance(Duration.ofMinutes(6));
			await(() -> restarted.outboxEntry(secondCase).status() == NcmdOutbox.Status.DELIVERED, "the taken-over delivery");
			assertThat(receiver.acknowledged(secondMessage)).isEqualTo(1);
			assertThat(notifyNcmd(restarted, secondCase).getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);

			// many cases, and several senders taking from the outbox at once: each acknowledged once
			receiver.mode(NcmdReceiver.Mode.FAIL);
			List<String> cases = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				cases.add(restarted.notifyNewChild());
			}
			// each has failed once, so none is due (or in flight) until the clock moves: a send in flight
			// when the clock jumps three hours would see its lease run out under it, as after a node stalled
			for (String caseId : cases) {
				await(() -> restarted.outboxEntry(caseId).attempts() == 1, "case " + caseId + "'s first attempt");
			}
			receiver.mode(NcmdReceiver.Mode.ACKNOWLEDGE);
			clock.advance(Duration.ofHours(3));
			ExecutorService senders = Executors.newFixedThreadPool(4);
			List<Future<Integer>> rounds = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				Callable<Integer> round = restarted.bean(NcmdSender.class)::sendDue;
				rounds.add(senders.submit(round));
			}
			for (Future<Integer> round : rounds) {
				round.get();
			}
			senders.shutdown();
			for (String caseId : cases) {
				await(() -> restarted.outboxEntry(caseId).status() == NcmdOutbox.Status.DELIVERED, "case " + caseId);
				String messageId = restarted.outboxEntry(caseId).messageId();
				assertThat(receiver.acknowledged(messageId)).as("acknowledged deliveries of case " + caseId).isEqualTo(1);
				assertThat(notifyNcmd(restarted, caseId).getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
			}
			Thread.sleep(1000);
			assertThat(receiver.acknowledged(firstMessage)).isEqualTo(1);
			assertThat(receiver.acknowledged(secondMessage)).isEqualTo(1);
		}
	}

	private static Task notifyNcmd(NcmdNode node, String caseId) {
		return node.tasksOf(caseId).stream()
				.filter(task -> task.getCode().hasCoding(CdrUrls.TASK_TYPE_SYSTEM, "notify-ncmd"))
				.findFirst().orElseThrow();
	}

	private static boolean isAlert(Task task) {
		return task.getCode().hasCoding(CdrUrls.TASK_TYPE_SYSTEM, NcmdSender.ALERT_TASK);
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		Instant until = Instant.now().plus(WAIT);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("waited " + WAIT + " for " + what);
			}
			Thread.sleep(100);
		}
	}
}
