package uk.org.cdrfhir.config;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * A request that failed because the database could not be reached, or its connection was lost
 * (PostgreSQL restarted, a connection killed), is answered 503 with Retry-After, not 500: the
 * database rolls back a transaction whose connection broke, and the client is to send the same request
 * again, as the README tells EPRs to (a notification sent again is received once, even in the rare case
 * that its commit went through just before the connection broke).
 */
@Component
@Interceptor
public class DatabaseOutageAnswerInterceptor implements FhirServerInterceptor {

	private static final int RETRY_AFTER_SECONDS = 5;

	@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
	public BaseServerResponseException answerUnavailable(Throwable exception) {
		if (!LoggedThrowables.any(exception, DatabaseOutageAnswerInterceptor::isLostDatabase)) {
			return null;
		}
		UnclassifiedServerFailureException unavailable = new UnclassifiedServerFailureException(503,
				"The database could not be reached or the connection to it was lost: send the same request again");
		unavailable.setOperationOutcome(OperationOutcomes.error(IssueType.TRANSIENT, unavailable.getMessage()));
		unavailable.addResponseHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		return unavailable;
	}

	/**
	 * No connection to be had (the pool timed out, the server refused), or the connection broke:
	 * SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server shut down or is starting),
	 * or the rollback itself failed on the connection (the pool had already closed it as broken, and
	 * the rollback's exception is all that is left of the failure).
	 */
	static boolean isLostDatabase(Throwable cause) {
		if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
				|| (cause instanceof TransactionException && cause.getCause() instanceof SQLException)) {
			return true;
		}
		String state = cause instanceof SQLException sql ? sql.getSQLState() : null;
		return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
	}
}
