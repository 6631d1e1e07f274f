package uk.org.cdrfhir.review;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/** The review's refusals, each with an OperationOutcome saying what is wrong and, for a parameter, where. */
final class ReviewRefusals {

	private ReviewRefusals() {
	}

	/** 409: the case is not ready for what was asked (a precondition of the review does not hold). */
	static ResourceVersionConflictException notReady(String reason) {
		ResourceVersionConflictException refusal = new ResourceVersionConflictException(reason);
		refusal.setOperationOutcome(OperationOutcomes.error(IssueType.BUSINESSRULE, reason));
		return refusal;
	}

	/** 422: a parameter of an operation is wrong. */
	static UnprocessableEntityException invalidParameter(String parameter, String reason) {
		UnprocessableEntityException refusal = new UnprocessableEntityException(reason);
		OperationOutcome outcome = OperationOutcomes.error(IssueType.INVALID, reason);
		outcome.getIssueFirstRep().addExpression("Parameters.parameter.where(name = '" + parameter + "')");
		refusal.setOperationOutcome(outcome);
		return refusal;
	}

	/** 422: a record written is wrong, at this FHIRPath expression. */
	static UnprocessableEntityException invalidRecord(String expression, String reason) {
		UnprocessableEntityException refusal = new UnprocessableEntityException(reason);
		OperationOutcome outcome = OperationOutcomes.error(IssueType.INVALID, reason);
		outcome.getIssueFirstRep().addExpression(expression);
		refusal.setOperationOutcome(outcome);
		return refusal;
	}

	/** 403: the caller's role may not do this. */
	static ForbiddenOperationException forbidden(String reason) {
		ForbiddenOperationException refusal = new ForbiddenOperationException(reason);
		refusal.setOperationOutcome(OperationOutcomes.error(IssueType.FORBIDDEN, reason));
		return refusal;
	}
}
