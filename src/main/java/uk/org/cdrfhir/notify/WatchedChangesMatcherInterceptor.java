package uk.org.cdrfhir.notify;

import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.SubscriptionCriteria;
import ca.uhn.fhir.jpa.subscription.match.registry.ActiveSubscription;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.model.ResourceModifiedMessage;
import ca.uhn.fhir.jpa.subscription.submit.interceptor.SubscriptionMatcherInterceptor;
import ca.uhn.fhir.rest.api.server.RequestDetails;

/**
 * HAPI's subscription matcher, but a change that no Subscription watches never enters the pipeline.
 * HAPI turns every write into a message, stores it in the writing transaction, and later reads the
 * message and the resource back and matches it against every Subscription: for a notification,
 * its case and tasks, four rows written, read and deleted and four resources read back, in eight
 * transactions of their own, even when no Subscription is active. Only changes to the resource types
 * a Subscription may watch ({@code cdr.subscriptions.resource-types}) go through, and only while an
 * active Subscription could match them (the registry of this process, where matching runs; a
 * Subscription matches only changes made after it is active). Subscriptions themselves always go
 * through: the pipeline is what activates them. Registered by HAPI's loader in place of its own
 * (see {@link RestHookSubscriptionConfig}).
 */
class WatchedChangesMatcherInterceptor extends SubscriptionMatcherInterceptor {

	private final Set<String> watchedTypes;
	private final FhirContext fhirContext;
	private final SubscriptionRegistry activeSubscriptions;

	WatchedChangesMatcherInterceptor(Set<String> watchedTypes, FhirContext fhirContext,
			SubscriptionRegistry activeSubscriptions) {
		this.watchedTypes = watchedTypes;
		this.fhirContext = fhirContext;
		this.activeSubscriptions = activeSubscriptions;
	}

	@Override
	protected void processResourceModifiedEvent(IBaseResource resource, ResourceModifiedMessage.OperationTypeEnum operation,
			RequestDetails request) {
		String type = fhirContext.getResourceType(resource);
		if ("Subscription".equals(type) || watchedTypes.contains(type) && anyActiveSubscriptionMayMatch(type)) {
			super.processResourceModifiedEvent(resource, operation, request);
		}
	}

	private boolean anyActiveSubscriptionMayMatch(String type) {
		for (ActiveSubscription subscription : activeSubscriptions.getAll()) {
			SubscriptionCriteria criteria = subscription.getCriteria();
			if (criteria == null || criteria.getApplicableResourceTypes() == null
					|| criteria.getType() == SubscriptionCriteriaParser.TypeEnum.STARTYPE_EXPRESSION
					|| criteria.getApplicableResourceTypes().contains(type)) {
				return true;
			}
		}
		return false;
	}
}
