package uk.org.cdrfhir.notify;

import org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.jpa.subscription.match.registry.SubscriptionRegistry;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import ca.uhn.fhir.jpa.subscription.submit.interceptor.SubscriptionMatcherInterceptor;
import uk.org.cdrfhir.config.FhirJpaConfig;

/**
 * FHIR R4 Subscriptions with rest-hook channels only (no websocket, no email): a designated doctor's
 * system subscribes to e.g. {@code Task?owner=PractitionerRole/<id>} and HAPI PUTs each matching Task
 * to its endpoint (or POSTs an empty ping when the Subscription has no payload).
 *
 * <p>How a change travels, in HAPI 8.8: the Task's write stores a "resource modified" message in the
 * same transaction; a scheduled job submits the stored messages every 5 s to the in-memory
 * matching channel; a match goes to the Subscription's delivery channel. A failing delivery is
 * retried for one minute (HAPI's {@code RetryPolicyProvider}: 1 s, growing by 10 %), then dropped.
 * New Subscriptions with status {@code requested} are set {@code active} on the same path, and the
 * registry also reloads active Subscriptions from the database every minute.
 *
 * <p>The messaging channel itself ({@code SubscriptionChannelConfig}) is imported by {@link FhirJpaConfig}.
 */
@Configuration
@Import({SubscriptionSubmitterConfig.class, SubscriptionProcessorConfig.class})
public class RestHookSubscriptionConfig {

	@Bean
	public SubscriptionSettings subscriptionSettings(SubscriptionProperties properties) {
		SubscriptionSettings settings = new SubscriptionSettings();
		if (properties.enabled()) {
			settings.addSupportedSubscriptionType(SubscriptionChannelType.RESTHOOK);
		}
		// every criteria is evaluated against the changed resource itself; criteria that would need a
		// database query per change (chains, _has) are refused when the Subscription is written
		settings.setEnableInMemorySubscriptionMatching(true);
		settings.setOnlyAllowInMemorySubscriptions(true);
		// true would send Subscription changes to the matcher before their transaction commits, where
		// HAPI's registering listener can read the previous version and miss an activation for up to a
		// minute; through the stored queue (after commit) a new Subscription is active within seconds
		settings.setSubscriptionChangeQueuedImmediately(false);
		return settings;
	}

	/** Primary, so HAPI's loader registers it instead of HAPI's own matcher interceptor (which stays unused). */
	@Bean
	@Primary
	public SubscriptionMatcherInterceptor watchedChangesMatcherInterceptor(SubscriptionProperties properties,
			FhirContext fhirContext, SubscriptionRegistry activeSubscriptions) {
		return new WatchedChangesMatcherInterceptor(properties.resourceTypes(), fhirContext, activeSubscriptions);
	}

	/**
	 * HAPI's processor configuration injects an email sender into its delivery factory even when email is
	 * not a supported channel type; email Subscriptions are never activated here, so this never sends.
	 */
	@Bean
	public IEmailSender unsupportedEmailSender() {
		return details -> {
			throw new UnsupportedOperationException("email Subscriptions are not supported by this server");
		};
	}
}
