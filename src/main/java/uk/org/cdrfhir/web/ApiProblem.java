package uk.org.cdrfhir.web;

import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.OperationOutcome;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

/**
 * What the FHIR API answered when it refused a page's request: its status and its OperationOutcome
 * said plainly, and the form control it concerns (its id), if any, which the error summary links to.
 */
public record ApiProblem(int status, String message, String field) {

	static ApiProblem of(BaseServerResponseException refused) {
		String message = refused.getOperationOutcome() instanceof OperationOutcome outcome && outcome.hasIssue()
				? outcome.getIssue().stream().map(issue -> issue.hasDiagnostics() ? issue.getDiagnostics() : issue.getDetails().getText())
						.collect(Collectors.joining(" "))
				: refused.getMessage();
		return new ApiProblem(refused.getStatusCode(), message, null);
	}

	/** The same problem, said of the form control with this id. */
	ApiProblem about(String fieldId) {
		return new ApiProblem(status, message, fieldId);
	}
}
