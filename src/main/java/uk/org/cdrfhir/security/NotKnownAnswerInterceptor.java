package uk.org.cdrfhir.security;

import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;

/**
 * Every "not found" about a record asked for by its id leaves the server as {@link RecordNotKnown}:
 * HAPI words (and numbers) its own 404s differently depending on why, which would tell a record
 * outside the caller's scope from one that does not exist. To a caller with a partial view a
 * deleted record (410) is not known either.
 */
@Component
@Interceptor
@SecurityOn
public class NotKnownAnswerInterceptor implements FhirServerInterceptor {

	private final AccessPolicy policy;

	public NotKnownAnswerInterceptor(AccessPolicy policy) {
		this.policy = policy;
	}

	@Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
	public BaseServerResponseException answerNotKnown(RequestDetails request, Throwable exception) {
		if (request == null || request.getId() == null || !request.getId().hasIdPart()) {
			return null;
		}
		boolean partialView = Caller.current().map(caller -> !policy.mayUseCrossRecordSearch(caller)).orElse(true);
		if (exception instanceof ResourceNotFoundException || (partialView && exception instanceof ResourceGoneException)) {
			return RecordNotKnown.asked(request.getId());
		}
		return null;
	}
}
