package uk.org.cdrfhir.ncmd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.audit.AuditTrail;
import uk.org.cdrfhir.config.FhirServerProperties;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.routing.FootprintProperties;
import uk.org.cdrfhir.routing.StatutoryTasks;
import uk.org.cdrfhir.security.CaseScope;

/**
 * Sends the NCMD notifications that are due, read top to bottom for each one this node takes from
 * the outbox:
 * <ol>
 * <li>its case's notify-ncmd task already closed by hand: nothing to send, the entry is settled;</li>
 * <li>otherwise it is sent to the configured endpoint (same message id, same bytes, every time);</li>
 * <li>acknowledged (2xx): in one transaction the entry is marked delivered, the notify-ncmd task
 * completed (and an alert about it, if one was raised), the time NCMD was notified recorded in the
 * case's facts, and the attempt audited;</li>
 * <li>not acknowledged: in one transaction the entry waits for its next attempt (the wait doubling
 * each time, up to a limit), the attempt is audited, and once the task's deadline is within the
 * configured margin one alert task goes to the CDR Manager.</li>
 * </ol>
 * Nothing here holds a database transaction open while the endpoint is called.
 */
@Service
public class NcmdSender {

	static final String ALERT_TASK = "ncmd-delivery-failing";
	private static final Logger log = LoggerFactory.getLogger(NcmdSender.class);
	/** A task changed by someone while the outcome was being recorded: read it again and retry. */
	private static final int RECORDING_ATTEMPTS = 3;

	private final NcmdOutbox outbox;
	private final NcmdEndpoint endpoint;
	private final NcmdProperties properties;
	private final StatutoryTasks statutoryTasks;
	private final AuditTrail auditTrail;
	private final DaoRegistry daoRegistry;
	private final IHapiTransactionService transactions;
	private final FhirContext fhirContext;
	private final Clock clock;
	private final CaseFacts caseFacts;
	private final NcmdMessage.Sender sender;
	private final String node = UUID.randomUUID().toString();

	public NcmdSender(NcmdOutbox outbox, NcmdEndpoint endpoint, NcmdProperties properties, StatutoryTasks statutoryTasks,
			AuditTrail auditTrail, DaoRegistry daoRegistry, IHapiTransactionService transactions, FhirContext fhirContext,
			Clock clock, CaseFacts caseFacts, FootprintProperties footprint, FhirServerProperties server) {
		this.outbox = outbox;
		this.endpoint = endpoint;
		this.properties = properties;
		this.statutoryTasks = statutoryTasks;
		this.auditTrail = auditTrail;
		this.daoRegistry = daoRegistry;
		this.transactions = transactions;
		this.fhirContext = fhirContext;
		this.clock = clock;
		this.caseFacts = caseFacts;
		this.sender = new NcmdMessage.Sender(footprint.getCdrManager().getOrganizationOds(), footprint.getName(),
				server.getServerAddress().isBlank() ? CdrUrls.BASE : server.getServerAddress());
	}

	/** Sends what is due now and no other node holds; returns how many this node took. */
	public int sendDue() throws InterruptedException {
		Instant now = clock.instant();
		List<NcmdOutbox.Entry> claimed = outbox.claimDue(node, now, now.plus(properties.lease()), properties.batchSize());
		for (NcmdOutbox.Entry entry : claimed) {
			try {
				deliver(entry);
			} catch (RuntimeException e) {
				// the lease runs out and the entry is taken again (by any node): nothing is lost
				log.error("Could not record the outcome of NCMD message {}: {}", entry.messageId(), e.getClass().getName(), e);
			}
		}
		return claimed.size();
	}

	private void deliver(NcmdOutbox.Entry entry) throws InterruptedException {
		Optional<EpisodeOfCare> episode = caseOf(entry);
		if (episode.isEmpty() || notifyNcmdTask(episode.get()).map(task -> !StatutoryTasks.isOpen(task)).orElse(true)) {
			outbox.markSettled(entry.messageId());
			log.info("NCMD message {} not sent: its notify-ncmd task was closed by hand (or its case is gone)", entry.messageId());
			return;
		}
		byte[] body = NcmdMessage.encode(fhirContext, entry, sender, properties.endpoint(), properties.format());
		NcmdEndpoint.Outcome outcome = endpoint.send(entry.messageId(), body);
		Instant at = clock.instant();
		for (int attempt = 1; ; attempt++) {
			try {
				TransactionDetails transaction = new TransactionDetails();
				transactions.withSystemRequest().withTransactionDetails(transaction).execute(() -> {
					EpisodeOfCare current = caseOf(entry).orElseThrow();
					if (outcome.acknowledged()) {
						delivered(entry, current, at, transaction);
					} else {
						failed(entry, current, outcome, at, transaction);
					}
					audit(entry, current, outcome, transaction);
				});
				break;
			} catch (ResourceVersionConflictException e) {
				if (attempt == RECORDING_ATTEMPTS) {
					throw e;
				}
			}
		}
		if (outcome.acknowledged()) {
			log.info("NCMD message {} delivered ({})", entry.messageId(), outcome.description());
		} else {
			log.warn("NCMD message {} not delivered, attempt {}: {}", entry.messageId(), entry.attempts() + 1,
					outcome.description());
		}
	}

	private void delivered(NcmdOutbox.Entry entry, EpisodeOfCare episode, Instant at, TransactionDetails transaction) {
		if (!outbox.markDelivered(entry.messageId(), at)) {
			return; // recorded by another node already
		}
		caseFacts.ncmdNotified(entry.caseId(), at);
		Optional<Task> notifyNcmd = notifyNcmdTask(episode).filter(task -> StatutoryTasks.isOpen(task));
		notifyNcmd.ifPresent(task -> {
			task.addOutput().setType(new CodeableConcept().setText("NCMD message"))
					.setValue(new Identifier().setSystem(NcmdMessage.MESSAGE_ID_SYSTEM).setValue(entry.messageId()));
			complete(task, at, transaction);
		});
		Optional.ofNullable(entry.alertTaskId())
				.map(id -> daoRegistry.getResourceDao(Task.class).read(new IdType("Task", id), new SystemRequestDetails()))
				.filter(alert -> StatutoryTasks.isOpen(alert))
				.ifPresent(alert -> complete(alert, at, transaction));
	}

	private void complete(Task task, Instant at, TransactionDetails transaction) {
		task.setStatus(Task.TaskStatus.COMPLETED);
		task.setLastModified(Date.from(at));
		task.getExecutionPeriod().setEnd(Date.from(at));
		SameTransaction.update(daoRegistry.getResourceDao(Task.class), task, transaction);
	}

	private void failed(NcmdOutbox.Entry entry, EpisodeOfCare episode, NcmdEndpoint.Outcome outcome, Instant at,
			TransactionDetails transaction) {
		int attempts = entry.attempts() + 1;
		outbox.markFailed(entry.messageId(), outcome.description(), at.plus(waitAfter(attempts)));
		if (entry.alertTaskId() == null && !at.isBefore(entry.dueAt().minus(properties.alertMargin()))) {
			Task alert = statutoryTasks.forCdrManager(episode, ALERT_TASK, "NCMD notification failing", entry.dueAt(),
					transaction);
			alert.setDescription("The notification to NCMD has not been acknowledged after " + attempts
					+ " attempts (last: " + outcome.description() + "); the server keeps trying. Check the connection to "
					+ "NCMD or notify NCMD another way, then complete the notify-ncmd task.");
			CaseScope.ofCase(episode).orElseThrow().applyTo(alert);
			String alertId = SameTransaction.create(daoRegistry.getResourceDao(Task.class), alert, transaction).getIdPart();
			outbox.recordAlert(entry.messageId(), alertId);
		}
	}

	/** The wait after the n-th failed attempt: the first wait, doubled each time, at most the limit. */
	Duration waitAfter(int failedAttempts) {
		Duration wait = properties.firstRetry();
		for (int i = 1; i < failedAttempts && wait.compareTo(properties.maxRetry()) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : wait;
	}

	private void audit(NcmdOutbox.Entry entry, EpisodeOfCare episode, NcmdEndpoint.Outcome outcome,
			TransactionDetails transaction) {
		List<IBaseResource> about = List.of(episode, child(episode));
		auditTrail.record(new AuditTrail.Export(properties.endpoint().toString(),
				new Identifier().setSystem(NcmdMessage.MESSAGE_ID_SYSTEM).setValue(entry.messageId()), about,
				outcome.acknowledged(), "NCMD notification: " + outcome.description()), transaction);
	}

	private Patient child(EpisodeOfCare episode) {
		return daoRegistry.getResourceDao(Patient.class).read(episode.getPatient().getReferenceElement(),
				new SystemRequestDetails());
	}

	private Optional<EpisodeOfCare> caseOf(NcmdOutbox.Entry entry) {
		try {
			return Optional.of(daoRegistry.getResourceDao(EpisodeOfCare.class)
					.read(new IdType("EpisodeOfCare", entry.caseId()), new SystemRequestDetails()));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return Optional.empty();
		}
	}

	private Optional<Task> notifyNcmdTask(EpisodeOfCare episode) {
		return statutoryTasks.tasksOf(episode).stream()
				.filter(task -> StatutoryTasks.isOfType(task, NcmdNotifications.NOTIFY_NCMD))
				.findFirst();
	}
}
