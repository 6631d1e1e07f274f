package uk.org.cdrfhir.notify;

import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.jpa.subscription.submit.interceptor.SubscriptionMatcherInterceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;

/**
 * HAPI's subscription matcher, but a change that no Subscription may watch never enters the pipeline.
 * HAPI turns every write into a message (the resource encoded as JSON, in the writing transaction),
 * stores it, and later reads the record back and matches it against every Subscription; for a
 * notification that is the whole document, the child and the audit events, each encoded, queued,
 * re-read and parsed for nothing. Subscriptions themselves always go through: the pipeline is what
 * activates them. Registered by HAPI's loader in place of its own (see {@link RestHookSubscriptionConfig}).
 */
class WatchedChangesMatcherInterceptor extends SubscriptionMatcherInterceptor {

	private final Set<String> watchedTypes;
	private final FhirContext fhirContext;

	WatchedChangesMatcherInterceptor(Set<String> watchedTypes, FhirContext fhirContext) {
		this.watchedTypes = watchedTypes;
		this.fhirContext = fhirContext;
	}

	@Override
	protected void processResourceModifiedEvent(IBaseResource resource, ResourceModifiedMessage.OperationTypeEnum operation,
			RequestDetails request) {
		String type = fhirContext.getResourceType(resource);
		if ("Subscription".equals(type) || watchedTypes.contains(type)) {
			super.processResourceModifiedEvent(resource, operation, request);
		}
	}
}
