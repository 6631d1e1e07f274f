package uk.org.cdrfhir.audit;

import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.DeleteConflictList;
import ca.uhn.fhir.jpa.delete.DeleteConflictOutcome;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * The audit trail names the records it is about, but never keeps one from being deleted: a
 * reference from an AuditEvent is not a conflict. (Other references still are.)
 */
@Component
@Interceptor
public class AuditReferencesInterceptor implements StorageInterceptor {

	@Hook(Pointcut.STORAGE_PRESTORAGE_DELETE_CONFLICTS)
	public DeleteConflictOutcome ignoreAuditReferences(DeleteConflictList conflicts) {
		conflicts.removeIf(conflict -> "AuditEvent".equals(conflict.getSourceId().getResourceType()));
		return new DeleteConflictOutcome().setShouldRetryCount(0);
	}
}
