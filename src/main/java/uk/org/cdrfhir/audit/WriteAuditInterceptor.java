package uk.org.cdrfhir.audit;

import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.ServerOwnWork;
import uk.org.cdrfhir.fhir.StorageInterceptor;
import uk.org.cdrfhir.security.SecurityOn;

/**
 * Records a caller's create, update or delete in the database transaction that makes it: the
 * change and its audit event are stored together or not at all. (The server's own follow-up writes,
 * such as opening a case for a notification, are part of the caller's request and not recorded
 * again.)
 */
@Component
@Interceptor
@SecurityOn
public class WriteAuditInterceptor implements StorageInterceptor {

	private final AuditTrail trail;

	public WriteAuditInterceptor(AuditTrail trail) {
		this.trail = trail;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		record(resource, request, transaction);
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(IBaseResource previous, IBaseResource updated, RequestDetails request,
			TransactionDetails transaction) {
		record(updated, request, transaction);
	}

	/** Before the deletion, in its transaction: the event may name the record while it still exists. */
	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	public void deleted(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		record(resource, request, transaction);
	}

	private void record(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		if (ServerOwnWork.is(request)) {
			return;
		}
		AuditedRequest.of(request).markRecorded();
		trail.record(AuditedRequest.access(request, List.of(resource), true, false, null), transaction);
	}
}
