package uk.org.cdrfhir.security;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * The one answer for a record the caller may not see and for one that does not exist, so that no
 * answer tells them apart: the same status and the same words, without HAPI's message codes.
 */
public final class RecordNotKnown {

	private RecordNotKnown() {
	}

	/** 404 for a record asked for by its id (read, version read, history, change, delete). */
	public static ResourceNotFoundException asked(IIdType id) {
		String reason = "Resource " + id.toUnqualified().getValue() + " is not known";
		ResourceNotFoundException notFound = new ResourceNotFoundException(reason);
		notFound.setOperationOutcome(OperationOutcomes.error(IssueType.NOTFOUND, reason));
		return notFound;
	}

	/** 422 for a written record that points at one. */
	public static UnprocessableEntityException referenced(IIdType target) {
		String reason = "The record refers to " + target.toUnqualifiedVersionless().getValue() + ", which is not known";
		UnprocessableEntityException refusal = new UnprocessableEntityException(reason);
		refusal.setOperationOutcome(OperationOutcomes.error(IssueType.NOTFOUND, reason));
		return refusal;
	}
}
