package uk.org.cdrfhir.fhir;

import java.io.IOException;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * OperationOutcomes for refusals: an error issue, a 405 for records that never change, and the whole
 * response for code that answers before HAPI's servlet.
 */
public final class OperationOutcomes {

	private OperationOutcomes() {
	}

	public static OperationOutcome error(IssueType type, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
		return outcome;
	}

	/** 405 with an OperationOutcome that says why: for records that may never be changed or deleted. */
	public static MethodNotAllowedException notAllowed(String reason) {
		MethodNotAllowedException refusal = new MethodNotAllowedException(reason);
		refusal.setOperationOutcome(error(IssueType.NOTSUPPORTED, reason));
		return refusal;
	}

	/** 503 with Retry-After and a transient error: nothing was done, the same request may be sent again. */
	public static void writeUnavailable(FhirContext fhirContext, HttpServletResponse response, int retryAfterSeconds,
			String diagnostics) throws IOException {
		response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
		write(fhirContext, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error(IssueType.TRANSIENT, diagnostics));
	}

	public static void write(FhirContext fhirContext, HttpServletResponse response, int status, OperationOutcome outcome)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/fhir+json;charset=UTF-8");
		response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(outcome));
	}
}
