package uk.org.cdrfhir.support;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Every line the application logs (any thread) while open, as the root logger passes it to its
 * appenders: what an operator's log would hold.
 */
public final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {

	private final List<ILoggingEvent> events = new ArrayList<>();
	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private CapturedLogs() {
	}

	public static CapturedLogs capture() {
		CapturedLogs logs = new CapturedLogs();
		logs.setName("captured-by-test");
		logs.setContext(logs.root.getLoggerContext());
		logs.start();
		logs.root.addAppender(logs);
		return logs;
	}

	@Override
	protected synchronized void append(ILoggingEvent event) {
		events.add(event);
	}

	public synchronized List<ILoggingEvent> events() {
		return List.copyOf(events);
	}

	/** A line as it would read in the log: the message, then each exception's class and message. */
	public static String text(ILoggingEvent event) {
		StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + ": " + event.getFormattedMessage());
		for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
			text.append(" | ").append(cause.getClassName()).append(": ").append(cause.getMessage());
		}
		return text.toString();
	}

	public synchronized List<String> lines() {
		return events.stream().map(CapturedLogs::text).toList();
	}

	@Override
	public void close() {
		root.detachAppender(this);
		stop();
	}
}
