package uk.org.cdrfhir.intake;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.StorageInterceptor;
import uk.org.cdrfhir.conformance.CdrPackage;

/**
 * A received notification is a record of what the sender said: it is never changed or deleted.
 * Corrections arrive as new notifications ({@code Composition.relatesTo}). The administrator's
 * procedure for the rare exception (README, "Correcting a stored notification") sets
 * {@code cdr.intake.notifications-immutable=false} for a maintenance window.
 */
@Component
@Interceptor
public class NotificationImmutabilityInterceptor implements StorageInterceptor {

	private final boolean immutable;
	private final FhirContext fhirContext;

	public NotificationImmutabilityInterceptor(@Value("${cdr.intake.notifications-immutable:true}") boolean immutable,
			FhirContext fhirContext) {
		this.immutable = immutable;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void refuseUpdate(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		if (request instanceof SystemRequestDetails
				&& CdrPackage.contentHash(fhirContext, previous).equals(CdrPackage.contentHash(fhirContext, updated))) {
			return; // the server's own change of meta only (its access labels): the content stays as received
		}
		refuseIfNotification(previous, "changed");
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	public void refuseDelete(IBaseResource deleted) {
		refuseIfNotification(deleted, "deleted");
	}

	private void refuseIfNotification(IBaseResource resource, String what) {
		if (immutable && NotificationDocument.of(resource).isPresent()) {
			throw OperationOutcomes.notAllowed("A received notification cannot be " + what
					+ ": send a new notification whose Composition.relatesTo points at this one");
		}
	}
}
