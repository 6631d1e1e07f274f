package uk.org.cdrfhir.notify;

import java.util.Set;

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
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.SubscriptionCriteria;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * The Subscriptions this server accepts, checked on create and on every update (so neither can be
 * changed to a forbidden one later); any other gets 422 and an OperationOutcome:
 * <ul>
 * <li>the channel is a rest-hook: the other channels HAPI knows (websocket, email, message) would
 * hand records to something this server cannot check, and none is activated here;</li>
 * <li>a rest-hook endpoint must be in {@code cdr.subscriptions.allowed-endpoints}: the server POSTs/PUTs
 * to it, so without this check anyone who may write a Subscription could make it call hosts inside
 * its network (SSRF);</li>
 * <li>no {@code channel.payload}: a notification carries no content, only the news that something the
 * Subscription watches changed, and the receiving system reads it through the API with its own token
 * (so access control and the audit trail apply to what it reads, whoever configured the Subscription);</li>
 * <li>the criteria must watch only the types in {@code cdr.subscriptions.resource-types} (not
 * {@code [*]}): only changes to those are matched at all (see {@link WatchedChangesMatcherInterceptor}),
 * so such a Subscription would never fire. Criteria HAPI cannot parse are left to HAPI's own
 * Subscription validation.</li>
 * </ul>
 */
@Component
@Interceptor
public class SubscriptionRulesInterceptor implements StorageInterceptor {

	private final EndpointAllowList allowList;
	private final Set<String> watchedTypes;
	private final FhirContext fhirContext;

	public SubscriptionRulesInterceptor(SubscriptionProperties properties, FhirContext fhirContext) {
		this.allowList = new EndpointAllowList(properties.allowedEndpoints());
		this.watchedTypes = properties.resourceTypes();
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		refuseUnlessAccepted(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		refuseUnlessAccepted(updated);
	}

	private void refuseUnlessAccepted(IBaseResource resource) {
		if (!(resource instanceof Subscription subscription)) {
			return;
		}
		if (subscription.getChannel().getType() != SubscriptionChannelType.RESTHOOK) {
			throw refusal("Subscription.channel.type", "Subscription.channel.type must be rest-hook: this server "
					+ "notifies other systems by rest-hook only");
		}
		if (!allowList.allows(subscription.getChannel().getEndpoint())) {
			throw refusal("Subscription.channel.endpoint", "Subscription.channel.endpoint is not an address this server "
					+ "may call: a rest-hook endpoint must start with one of the prefixes configured in "
					+ "cdr.subscriptions.allowed-endpoints");
		}
		if (subscription.getChannel().hasPayload()) {
			throw refusal("Subscription.channel.payload", "Subscription.channel.payload must be absent: a notification "
					+ "from this server carries no records; the receiving system reads what changed with its own token");
		}
		SubscriptionCriteria criteria = SubscriptionCriteriaParser.parse(subscription.getCriteria());
		if (criteria != null && (criteria.getApplicableResourceTypes() == null
				|| !watchedTypes.containsAll(criteria.getApplicableResourceTypes()))) {
			throw refusal("Subscription.criteria", "Subscription.criteria must watch one of the resource types "
					+ "configured in cdr.subscriptions.resource-types: " + String.join(", ", watchedTypes.stream().sorted().toList()));
		}
	}

	private UnprocessableEntityException refusal(String expression, String message) {
		OperationOutcome outcome = OperationOutcomes.error(IssueType.BUSINESSRULE, message);
		outcome.getIssueFirstRep().addExpression(expression);
		return new UnprocessableEntityException(fhirContext, outcome);
	}
}
