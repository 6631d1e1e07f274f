package uk.org.cdrfhir.ncmd;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.routing.StatutoryTasks;

/**
 * The duty to notify the National Child Mortality Database within 48 hours, as an outbox: when a
 * case is opened, its NCMD notification dataset is written to {@link NcmdOutbox} in the same
 * transaction, under a message id of its own that every attempt to send it carries
 * ({@link NcmdSender} sends it).
 *
 * <p>The dataset is the notification document that opened the case: its profile holds the fields
 * of NCMD's notification form (the child, the death, the family, every professional involved, the
 * notifier), and it carries the case number as a tag. What only this server needs is left out: the
 * document's id in this server's database and its access labels.
 */
@Service
public class NcmdNotifications {

	static final String NOTIFY_NCMD = "notify-ncmd";

	private final NcmdOutbox outbox;
	private final FhirContext fhirContext;
	private final Clock clock;

	public NcmdNotifications(NcmdOutbox outbox, FhirContext fhirContext, Clock clock) {
		this.outbox = outbox;
		this.fhirContext = fhirContext;
		this.clock = clock;
	}

	/**
	 * The NCMD notification of a case just opened by {@code document}, due when the case's notify-ncmd
	 * task (among {@code startedTasks}) is due; in the transaction that opens the case.
	 */
	public void enqueue(EpisodeOfCare episode, Bundle document, List<Task> startedTasks) {
		Task notifyNcmd = startedTasks.stream()
				.filter(task -> StatutoryTasks.isOfType(task, NOTIFY_NCMD))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("a new case without its notify-ncmd task"));
		// as the task shows it: FHIR's dateTime to the second
		Instant due = notifyNcmd.getRestriction().getPeriod().getEnd().toInstant().truncatedTo(ChronoUnit.SECONDS);
		outbox.add(UUID.randomUUID().toString(), episode.getIdElement().getIdPart(), dataset(document),
				clock.instant(), due);
	}

	private String dataset(Bundle document) {
		Bundle dataset = document.copy();
		dataset.setId((String) null);
		dataset.getMeta().setVersionId(null).setLastUpdated(null).getSecurity().clear();
		return fhirContext.newJsonParser().encodeResourceToString(dataset);
	}
}
