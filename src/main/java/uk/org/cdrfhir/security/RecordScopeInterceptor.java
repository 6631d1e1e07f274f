package uk.org.cdrfhir.security;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import uk.org.cdrfhir.fhir.ServerOwnWork;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * The last line of access control, on the records themselves: every stored resource about to be
 * shown to a caller (a read, a search page, an {@code _include}d or {@code _revinclude}d resource,
 * a history entry, the result of an operation) is checked against the {@link AccessPolicy}, and
 * records outside the caller's scope are left out; a read or history of one answers as if it did
 * not exist ({@link RecordNotKnown}). A change or deletion of a record outside the caller's scope is refused the same way.
 */
@Component
@Interceptor
@SecurityOn
public class RecordScopeInterceptor implements StorageInterceptor {

	private final AccessPolicy policy;

	public RecordScopeInterceptor(AccessPolicy policy) {
		this.policy = policy;
	}

	@Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
	public void hideOutOfScope(IPreResourceShowDetails shown, RequestDetails request) {
		if (ServerOwnWork.is(request)) {
			return;
		}
		Caller caller = Caller.current().orElse(null);
		for (int i = 0; i < shown.size(); i++) {
			IBaseResource resource = shown.getResource(i);
			if (resource != null && (caller == null || !policy.maySee(caller, resource))) {
				if (isOfOneRecord(request)) {
					throw RecordNotKnown.asked(request.getId());
				}
				if (isHistory(request)) {
					// a history lists versions as they are; it is shown whole or not at all
					throw new ForbiddenOperationException("This history includes records outside your access");
				}
				shown.setResource(i, null);
			}
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void refuseChangeOutOfScope(IBaseResource previous, RequestDetails request) {
		requireInScope(previous, request);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	public void refuseDeleteOutOfScope(IBaseResource deleted, RequestDetails request) {
		requireInScope(deleted, request);
	}

	private void requireInScope(IBaseResource resource, RequestDetails request) {
		if (ServerOwnWork.is(request)) {
			return;
		}
		Caller caller = Caller.current().orElse(null);
		if (caller == null || !policy.maySee(caller, resource)) {
			throw RecordNotKnown.asked(resource.getIdElement().toUnqualifiedVersionless());
		}
	}

	/** A read, version read or history of one record: asked for by its id. */
	private static boolean isOfOneRecord(RequestDetails request) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		return (operation == RestOperationTypeEnum.READ || operation == RestOperationTypeEnum.VREAD
				|| operation == RestOperationTypeEnum.HISTORY_INSTANCE) && request.getId() != null;
	}

	private static boolean isHistory(RequestDetails request) {
		RestOperationTypeEnum operation = request.getRestOperationType();
		return operation == RestOperationTypeEnum.HISTORY_INSTANCE || operation == RestOperationTypeEnum.HISTORY_TYPE
				|| operation == RestOperationTypeEnum.HISTORY_SYSTEM;
	}
}
