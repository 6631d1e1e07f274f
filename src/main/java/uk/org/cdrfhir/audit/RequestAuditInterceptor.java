package uk.org.cdrfhir.audit;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.security.SecurityOn;

/**
 * Records every FHIR request that was not already recorded with its write: reads, searches,
 * history and operations before their response is sent (if the event cannot be stored, the caller
 * gets an error and not the data), and every refused or failed request with its outcome.
 */
@Component
@Interceptor
@SecurityOn
public class RequestAuditInterceptor implements FhirServerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RequestAuditInterceptor.class);

	private final AuditTrail trail;

	public RequestAuditInterceptor(AuditTrail trail) {
		this.trail = trail;
	}

	@Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
	public boolean beforeResponse(RequestDetails request, IBaseResource response) {
		recordSuccess(request, AuditedRequest.shownIn(request, response));
		return true;
	}

	/** Responses that do not pass through the outgoing-response hook (e.g. some writes) are recorded here. */
	@Hook(Pointcut.SERVER_PROCESSING_COMPLETED_NORMALLY)
	public void completed(RequestDetails request) {
		try {
			recordSuccess(request, List.of());
		} catch (RuntimeException e) {
			// the response has gone: this can only be reported; the operator must see it
			log.error("AUDIT FAILURE: the {} request could not be recorded", request.getRestOperationType(), e);
		}
	}

	@Hook(Pointcut.SERVER_HANDLE_EXCEPTION)
	public boolean failed(RequestDetails request, BaseServerResponseException exception) {
		// always: a write recorded in its transaction was rolled back with it
		AuditedRequest.of(request).markRecorded();
		trail.record(AuditedRequest.access(request, List.of(), false, exception.getStatusCode() < 500,
				exception.getStatusCode() + " " + exception.getMessage()));
		return true;
	}

	private void recordSuccess(RequestDetails request, List<IBaseResource> shown) {
		if (request.getRestOperationType() == RestOperationTypeEnum.METADATA) {
			return; // public, and not about any record
		}
		AuditedRequest audited = AuditedRequest.of(request);
		if (audited.markRecorded()) {
			trail.record(AuditedRequest.access(request, shown, true, false, null));
		}
	}
}
