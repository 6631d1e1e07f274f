package uk.org.cdrfhir.audit;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/** The audit trail is append-only: no AuditEvent is ever changed or deleted, by anyone. */
@Component
@Interceptor
public class AuditImmutabilityInterceptor implements StorageInterceptor {

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void refuseUpdate(IBaseResource previous, IBaseResource updated) {
		refuseIfAuditEvent(previous);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	public void refuseDelete(IBaseResource deleted) {
		refuseIfAuditEvent(deleted);
	}

	private static void refuseIfAuditEvent(IBaseResource resource) {
		if ("AuditEvent".equals(resource.fhirType())) {
			throw OperationOutcomes.notAllowed("Audit events cannot be changed or deleted");
		}
	}
}
