package uk.org.cdrfhir.config;

import java.util.Arrays;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The last guard against a database row in the log: a database error can quote the row it failed
 * on (PostgreSQL's "Detail: Key (...)=(...)" and "Failing row contains (...)", a JDBC batch entry
 * with its values), and a Patient's row is a child. The PostgreSQL driver is told not to
 * ({@code logServerErrorDetail=false} in application.yaml) and Hibernate's SQL error logger is off; should any such line still
 * be logged, it is replaced by one that names the exception classes only.
 */
final class DatabaseRowLogGuard extends TurboFilter {

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(DatabaseRowLogGuard.class);

	/** How database errors quote the values they failed on. */
	private static final List<String> ROW_QUOTES = List.of("Detail: Key (", "Failing row contains", "Batch entry ");

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level == null || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		Throwable thrown = LoggedThrowables.of(params, t);
		// the arguments may hold nulls ("job {} chunk {}", null, id): a filter that throws fails the caller's work
		boolean quotesRow = quotesRow(format) || params != null && Arrays.stream(params)
				.anyMatch(param -> param instanceof CharSequence text && quotesRow(text.toString()))
				|| thrown != null && LoggedThrowables.any(thrown, cause -> quotesRow(cause.getMessage()));
		if (!quotesRow) {
			return FilterReply.NEUTRAL;
		}
		log.warn("A {} line of {} was held back: it quoted a database row ({})", level, logger.getName(),
				thrown == null ? "no exception" : LoggedThrowables.classes(thrown));
		return FilterReply.DENY;
	}

	private static boolean quotesRow(String text) {
		return text != null && ROW_QUOTES.stream().anyMatch(text::contains);
	}
}
