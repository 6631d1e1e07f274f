package uk.org.cdrfhir.ncmd;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Runs {@link NcmdSender} on every node every {@code cdr.ncmd.poll-interval} once the server is
 * ready, when NCMD delivery is enabled; stops it before the server shuts down. Several nodes may
 * run it at once: the outbox's leases keep them apart.
 */
@Component
class NcmdSchedule {

	private static final Logger log = LoggerFactory.getLogger(NcmdSchedule.class);

	private final NcmdSender sender;
	private final NcmdProperties properties;
	private ScheduledExecutorService executor;

	NcmdSchedule(NcmdSender sender, NcmdProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!properties.enabled()) {
			log.info("NCMD delivery is off (cdr.ncmd.enabled): notify-ncmd tasks are left for the CDR Manager to complete");
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "ncmd-sender");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.pollInterval().toMillis();
		executor.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.MILLISECONDS);
		log.info("NCMD delivery is on: sending to the configured endpoint every {}", properties.pollInterval());
	}

	private void sendDue() {
		try {
			sender.sendDue();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (RuntimeException e) {
			// the next round tries again; a failure here must not end the schedule
			log.error("NCMD delivery round failed: {}", e.getClass().getName(), e);
		}
	}

	@PreDestroy
	synchronized void stop() throws InterruptedException {
		if (executor != null) {
			executor.shutdownNow();
			executor.awaitTermination(properties.readTimeout().toSeconds() + 5, TimeUnit.SECONDS);
		}
	}
}
