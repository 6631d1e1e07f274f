package uk.org.cdrfhir.web;

import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.OperationOutcome;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

/** What the FHIR API answered when it refused a page's request: its status and its OperationOutcome said plainly. */
public record ApiProblem(int status, String message) {

	static ApiProblem of(BaseServerResponseException refused) {
		String message = refused.getOperationOutcome() instanceof OperationOutcome outcome && outcome.hasIssue()
				? outcome.getIssue().stream().map(issue -> issue.hasDiagnostics() ? issue.getDiagnostics() : issue.getDetails().getText())
						.collect(Collectors.joining(" "))
				: refused.getMessage();
		return new ApiProblem(refused.getStatusCode(), message);
	}
}
