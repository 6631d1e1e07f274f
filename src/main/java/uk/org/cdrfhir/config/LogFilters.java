package uk.org.cdrfhir.config;

import java.util.List;

import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import jakarta.annotation.PreDestroy;

/**
 * Puts the application's log filters in front of every logger (logback turbo filters): expected
 * outcomes (write races, refusals) as one line ({@link ExpectedOutcomeLogFilter}), and no database row ever
 * ({@link DatabaseRowLogGuard}). Installed with the application context, before any request.
 */
@Component
public class LogFilters {

	private final List<TurboFilter> filters = List.of(new ExpectedOutcomeLogFilter(), new DatabaseRowLogGuard());

	public LogFilters() {
		LoggerContext context = context();
		for (TurboFilter filter : filters) {
			filter.setContext(context);
			filter.start();
			context.addTurboFilter(filter);
		}
	}

	@PreDestroy
	public void remove() {
		context().getTurboFilterList().removeAll(filters);
	}

	private static LoggerContext context() {
		return (LoggerContext) LoggerFactory.getILoggerFactory();
	}
}
