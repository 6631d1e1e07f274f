package uk.org.cdrfhir.config;

import java.io.IOException;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletResponse;

/** Writes an OperationOutcome as the whole response, for code that answers before HAPI's servlet. */
public final class OperationOutcomes {

	private OperationOutcomes() {
	}

	public static OperationOutcome error(IssueType type, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
		return outcome;
	}

	public static void write(FhirContext fhirContext, HttpServletResponse response, int status, OperationOutcome outcome)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/fhir+json;charset=UTF-8");
		response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(outcome));
	}
}
