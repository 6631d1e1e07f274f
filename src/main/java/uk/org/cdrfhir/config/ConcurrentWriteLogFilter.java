package uk.org.cdrfhir.config;

import java.util.Set;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Simultaneous writes of the same record are expected (two hospitals notifying one death, retrying
 * clients): one of them loses a race in the database (a duplicate key, a version conflict, a
 * notification being received by another request) and is retried, or answered 409. HAPI logs each
 * such exception at ERROR with its stack trace, though every client is answered properly; this
 * filter turns it into one INFO line naming the exception classes only (their messages can quote
 * the record).
 */
final class ConcurrentWriteLogFilter extends TurboFilter {

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(ConcurrentWriteLogFilter.class);

	/** Exceptions of a write that lost to a simultaneous one (by class name: some are optional on the class path). */
	private static final Set<String> LOST_RACES = Set.of(
			ResourceVersionConflictException.class.getName(),
			"org.springframework.dao.DataIntegrityViolationException",
			"org.springframework.orm.ObjectOptimisticLockingFailureException",
			"org.hibernate.exception.ConstraintViolationException",
			"org.hibernate.StaleStateException",
			"jakarta.persistence.OptimisticLockException");

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level == null || !level.isGreaterOrEqual(Level.WARN) || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		Throwable thrown = LoggedThrowables.of(params, t);
		if (thrown == null || !LoggedThrowables.any(thrown, ConcurrentWriteLogFilter::lostRace)) {
			return FilterReply.NEUTRAL;
		}
		log.info("A write lost a race with a simultaneous one and was retried or answered 409 ({}, logged by {})",
				LoggedThrowables.classes(thrown), logger.getName());
		return FilterReply.DENY;
	}

	private static boolean lostRace(Throwable thrown) {
		for (Class<?> type = thrown.getClass(); type != null; type = type.getSuperclass()) {
			if (LOST_RACES.contains(type.getName())) {
				return true;
			}
		}
		return false;
	}
}
