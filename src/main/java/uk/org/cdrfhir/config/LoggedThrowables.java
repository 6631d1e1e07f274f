package uk.org.cdrfhir.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The exception a log call carries: logback hands a turbo filter the call's arguments as given, so
 * an exception passed last among the arguments (as SLF4J allows) is found there.
 */
final class LoggedThrowables {

	private LoggedThrowables() {
	}

	static Throwable of(Object[] params, Throwable thrown) {
		if (thrown != null) {
			return thrown;
		}
		return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
	}

	/** The exception and its causes, outermost first. */
	static List<Throwable> chain(Throwable thrown) {
		List<Throwable> chain = new ArrayList<>();
		for (Throwable cause = thrown; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

	static boolean any(Throwable thrown, Predicate<Throwable> test) {
		return chain(thrown).stream().anyMatch(test);
	}

	/** "ResourceVersionConflictException < DataIntegrityViolationException": classes only, never messages. */
	static String classes(Throwable thrown) {
		return String.join(" < ", chain(thrown).stream().map(cause -> cause.getClass().getSimpleName()).toList());
	}
}
