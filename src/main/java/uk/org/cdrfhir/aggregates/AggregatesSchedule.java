package uk.org.cdrfhir.aggregates;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * Every {@code cdr.aggregates.schedule-interval}, once the server is ready, on every node: the last
 * month's and the last financial year's reports evaluated and stored, once a day each across the
 * nodes ({@link StoredReports#evaluateOnce}). The year is evaluated again each day, as late reviews
 * and notifications of its deaths arrive.
 */
@Component
class AggregatesSchedule {

	private static final Logger log = LoggerFactory.getLogger(AggregatesSchedule.class);
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final StoredReports reports;
	private final AggregatesProperties properties;
	private ScheduledExecutorService executor;

	AggregatesSchedule(StoredReports reports, AggregatesProperties properties) {
		this.reports = reports;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!properties.scheduleEnabled()) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "aggregates");
			thread.setDaemon(true);
			return thread;
		});
		long interval = properties.scheduleInterval().toMillis();
		executor.scheduleWithFixedDelay(this::evaluateDue, interval, interval, TimeUnit.MILLISECONDS);
	}

	private void evaluateDue() {
		LocalDate today = LocalDate.now(LONDON);
		for (StandardPeriod period : List.of(StandardPeriod.monthBefore(today), StandardPeriod.financialYearBefore(today))) {
			try {
				int stored = reports.evaluateOnce(period, today);
				if (stored > 0) {
					log.info("Aggregates stored for {} to {}: {} reports", period.start(), period.end(), stored);
				}
			} catch (RuntimeException e) {
				// the next round tries again; a failure must not end the schedule
				log.error("Aggregates for {} to {} failed: {}", period.start(), period.end(), e.getClass().getName(), e);
			}
		}
	}

	@PreDestroy
	synchronized void stop() throws InterruptedException {
		if (executor != null) {
			executor.shutdownNow();
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
	}
}
