package uk.org.cdrfhir.notify;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Subscription;
import org.hl7.fhir.r4.model.Subscription.SubscriptionChannelType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.config.OperationOutcomes;
import uk.org.cdrfhir.config.StorageInterceptor;

/**
 * Refuses, with 422 and an OperationOutcome, a rest-hook Subscription whose endpoint is not in
 * {@code cdr.subscriptions.allowed-endpoints}: the server POSTs/PUTs to that endpoint, so without
 * this check anyone who may write a Subscription could make it call hosts inside its network (SSRF).
 * Checked on create and on every update, so an endpoint cannot be changed to a forbidden one later.
 */
@Component
@Interceptor
public class RestHookEndpointInterceptor implements StorageInterceptor {

	private final EndpointAllowList allowList;
	private final FhirContext fhirContext;

	public RestHookEndpointInterceptor(SubscriptionProperties properties, FhirContext fhirContext) {
		this.allowList = new EndpointAllowList(properties.allowedEndpoints());
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		refuseDisallowedEndpoint(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		refuseDisallowedEndpoint(updated);
	}

	private void refuseDisallowedEndpoint(IBaseResource resource) {
		if (!(resource instanceof Subscription subscription)
				|| subscription.getChannel().getType() != SubscriptionChannelType.RESTHOOK
				|| allowList.allows(subscription.getChannel().getEndpoint())) {
			return;
		}
		OperationOutcome outcome = OperationOutcomes.error(IssueType.BUSINESSRULE,
				"Subscription.channel.endpoint is not an address this server may call: a rest-hook endpoint must "
						+ "start with one of the prefixes configured in cdr.subscriptions.allowed-endpoints");
		outcome.getIssueFirstRep().addExpression("Subscription.channel.endpoint");
		throw new UnprocessableEntityException(fhirContext, outcome);
	}
}
