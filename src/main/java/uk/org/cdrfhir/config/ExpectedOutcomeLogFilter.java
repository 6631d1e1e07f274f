package uk.org.cdrfhir.config;

import java.util.Set;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Expected outcomes are not errors. HAPI logs every exception a hook throws at ERROR with its stack
 * trace, though the client is answered properly:
 * <ul>
 * <li>simultaneous writes of the same record (two hospitals notifying one death, retrying clients):
 * one loses a race in the database (a duplicate key, a version conflict, a notification being received
 * by another request) and is retried, or answered 409;</li>
 * <li>a request refused by the server's own rules (403, 404, 422...), which the audit trail records.</li>
 * </ul>
 * Each becomes one INFO line naming the exception classes only (their messages can quote the record).
 */
final class ExpectedOutcomeLogFilter extends TurboFilter {

	private static final org.slf4j.Logger log = LoggerFactory.getLogger(ExpectedOutcomeLogFilter.class);

	/** Exceptions of a write that lost to a simultaneous one (by class name: some are optional on the class path). */
	private static final Set<String> LOST_RACES = Set.of(
			ResourceVersionConflictException.class.getName(),
			"org.springframework.dao.DataIntegrityViolationException",
			"org.springframework.orm.ObjectOptimisticLockingFailureException",
			"org.hibernate.exception.ConstraintViolationException",
			"org.hibernate.StaleStateException",
			"jakarta.persistence.OptimisticLockException");
	/** Where HAPI logs what a hook threw, before the server answers it. */
	private static final String HOOK_EXCEPTIONS_LOGGER = "ca.uhn.fhir.interceptor.executor.BaseInterceptorService";
	private static final int SERVER_ERROR = 500;

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (level == null || !level.isGreaterOrEqual(Level.WARN) || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
			return FilterReply.NEUTRAL;
		}
		Throwable thrown = LoggedThrowables.of(params, t);
		if (thrown == null) {
			return FilterReply.NEUTRAL;
		}
		if (LoggedThrowables.any(thrown, ExpectedOutcomeLogFilter::lostRace)) {
			log.info("A write lost a race with a simultaneous one and was retried or answered 409 ({}, logged by {})",
					LoggedThrowables.classes(thrown), logger.getName());
			return FilterReply.DENY;
		}
		if (HOOK_EXCEPTIONS_LOGGER.equals(logger.getName()) && thrown instanceof BaseServerResponseException refusal
				&& refusal.getStatusCode() < SERVER_ERROR) {
			log.info("A request was refused with {} ({})", refusal.getStatusCode(), LoggedThrowables.classes(thrown));
			return FilterReply.DENY;
		}
		return FilterReply.NEUTRAL;
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
