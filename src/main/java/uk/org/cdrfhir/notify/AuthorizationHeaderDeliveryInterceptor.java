package uk.org.cdrfhir.notify;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.subscription.model.CanonicalSubscription;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * Puts a Subscription's stored Authorization header (see {@link AuthorizationHeaderInterceptor}) back
 * in place of the mask just before HAPI sends a rest-hook notification, which reads the headers
 * from the subscription it passes to this hook. Registered with the JPA interceptor service, which
 * also broadcasts the subscription delivery pointcuts.
 */
@Component
@Interceptor
public class AuthorizationHeaderDeliveryInterceptor implements StorageInterceptor {

	private final SubscriptionSecrets secrets;

	public AuthorizationHeaderDeliveryInterceptor(SubscriptionSecrets secrets) {
		this.secrets = secrets;
	}

	@Hook(Pointcut.SUBSCRIPTION_BEFORE_REST_HOOK_DELIVERY)
	public void addAuthorization(CanonicalSubscription subscription) {
		List<String> headers = new ArrayList<>(subscription.getHeaders());
		if (headers.removeIf(AuthorizationHeaders::isAuthorization)) {
			secrets.authorization(subscription.getIdPart())
					.ifPresent(value -> headers.add(AuthorizationHeaders.NAME + ": " + value));
			subscription.setHeaders((String) null);
			headers.forEach(subscription::addHeader);
		}
	}
}
