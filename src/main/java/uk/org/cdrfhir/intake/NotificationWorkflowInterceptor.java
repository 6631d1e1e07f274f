package uk.org.cdrfhir.intake;

import java.util.IdentityHashMap;
import java.util.Map;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.StorageInterceptor;
import uk.org.cdrfhir.conformance.ProfileEnforcingInterceptor;

/**
 * Hands every notification document stored, whatever path it came by (REST, a transaction, a
 * message), to the {@link NotificationWorkflow}: before it is stored, once valid, to place it in its
 * case; once stored, to receive it. The placement is carried from one to the other in the storing
 * transaction's details, keyed by the document.
 */
@Component
@Interceptor
public class NotificationWorkflowInterceptor implements StorageInterceptor {

	private static final String PLACEMENTS = NotificationWorkflowInterceptor.class.getName() + ".placements";

	private final NotificationWorkflow workflow;
	private final ProfileEnforcingInterceptor profiles;

	public NotificationWorkflowInterceptor(NotificationWorkflow workflow, ProfileEnforcingInterceptor profiles) {
		this.workflow = workflow;
		this.profiles = profiles;
	}

	/** A notification is placed once it is known to be valid (else 422, and nothing is stored). */
	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void place(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		NotificationDocument.of(resource).ifPresent(notification -> {
			profiles.requireValid(notification.bundle(), request);
			placements(transaction).put(resource, workflow.place(notification, NotificationWorkflow.sender(request)));
		});
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void receive(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		NotificationDocument.of(resource).ifPresent(notification -> {
			NotificationWorkflow.Placement placement = placements(transaction).remove(resource);
			workflow.receive(notification, resource.getIdElement().getIdPart(), placement,
					NotificationWorkflow.sender(request), transaction);
		});
	}

	/** By the document object itself: HAPI passes the same one to both hooks. */
	private static Map<IBaseResource, NotificationWorkflow.Placement> placements(TransactionDetails transaction) {
		return transaction.getOrCreateUserData(PLACEMENTS, IdentityHashMap::new);
	}
}
