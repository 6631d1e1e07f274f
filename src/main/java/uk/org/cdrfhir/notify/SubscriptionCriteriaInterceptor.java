package uk.org.cdrfhir.notify;

import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser;
import ca.uhn.fhir.jpa.subscription.match.matcher.subscriber.SubscriptionCriteriaParser.SubscriptionCriteria;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.config.OperationOutcomes;
import uk.org.cdrfhir.config.StorageInterceptor;

/**
 * Refuses, with 422 and an OperationOutcome, a Subscription that would watch a resource type not in
 * {@code cdr.subscriptions.resource-types} (including {@code [*]}): only changes to those types are
 * matched at all (see {@link UnwatchedChangesInterceptor}), so such a Subscription would never fire.
 * Criteria HAPI cannot parse are left to HAPI's own Subscription validation.
 */
@Component
@Interceptor
public class SubscriptionCriteriaInterceptor implements StorageInterceptor {

	private final Set<String> watchedTypes;
	private final FhirContext fhirContext;

	public SubscriptionCriteriaInterceptor(SubscriptionProperties properties, FhirContext fhirContext) {
		this.watchedTypes = properties.resourceTypes();
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		refuseUnwatchedTypes(resource);
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		refuseUnwatchedTypes(updated);
	}

	private void refuseUnwatchedTypes(IBaseResource resource) {
		if (!(resource instanceof Subscription subscription)) {
			return;
		}
		SubscriptionCriteria criteria = SubscriptionCriteriaParser.parse(subscription.getCriteria());
		if (criteria == null || (criteria.getApplicableResourceTypes() != null
				&& watchedTypes.containsAll(criteria.getApplicableResourceTypes()))) {
			return;
		}
		OperationOutcome outcome = OperationOutcomes.error(IssueType.BUSINESSRULE,
				"Subscription.criteria must watch one of the resource types configured in "
						+ "cdr.subscriptions.resource-types: " + String.join(", ", watchedTypes.stream().sorted().toList()));
		outcome.getIssueFirstRep().addExpression("Subscription.criteria");
		throw new UnprocessableEntityException(fhirContext, outcome);
	}
}
