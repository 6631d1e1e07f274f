package uk.org.cdrfhir.notify;

import java.util.Set;

import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import uk.org.cdrfhir.config.StorageInterceptor;

/**
 * Keeps changes that no Subscription may watch out of HAPI's subscription pipeline. HAPI queues a
 * message for every write (in the writing transaction), then reads the record back and matches it
 * against every Subscription; for a notification that is the document, the child and the audit
 * events, each queued, re-read and parsed for nothing. Subscriptions themselves always go through:
 * the pipeline is what activates them.
 */
@Component
@Interceptor
public class UnwatchedChangesInterceptor implements StorageInterceptor {

	private final Set<String> watchedTypes;
	private final FhirContext fhirContext;

	public UnwatchedChangesInterceptor(SubscriptionProperties properties, FhirContext fhirContext) {
		this.watchedTypes = properties.resourceTypes();
		this.fhirContext = fhirContext;
	}

	/** Returning false drops the message. */
	@Hook(Pointcut.SUBSCRIPTION_RESOURCE_MODIFIED)
	public boolean watched(ResourceModifiedMessage message) {
		String type = message.getResourceType(fhirContext);
		return "Subscription".equals(type) || watchedTypes.contains(type);
	}
}
