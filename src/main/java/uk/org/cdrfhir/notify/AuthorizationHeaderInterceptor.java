package uk.org.cdrfhir.notify;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Subscription;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * A Subscription's Authorization header is write-only: it is taken out of the resource before the
 * resource is stored, kept in {@link SubscriptionSecrets}, and the resource keeps
 * {@code Authorization: ****} in its place, so every answer (create, read, search, history) shows
 * the mask. An update that sends the mask back keeps the stored header; one with a new value
 * replaces it; one without an Authorization header removes it. (See
 * {@link AuthorizationHeaderDeliveryInterceptor} for where it is used.)
 */
@Component
@Interceptor
public class AuthorizationHeaderInterceptor implements StorageInterceptor {

	/** Headers of Subscriptions being created in a transaction, until their ids are known. */
	private static final String PENDING = AuthorizationHeaderInterceptor.class.getName() + ".pending";

	private final SubscriptionSecrets secrets;

	public AuthorizationHeaderInterceptor(SubscriptionSecrets secrets) {
		this.secrets = secrets;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource, TransactionDetails transaction) {
		if (resource instanceof Subscription subscription) {
			AuthorizationHeaders.of(subscription).filter(value -> !value.equals(SubscriptionSecrets.MASK))
					.ifPresent(value -> pending(transaction).put(subscription, value));
			maskIfPresent(subscription);
		}
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, TransactionDetails transaction) {
		if (resource instanceof Subscription subscription) {
			String value = pending(transaction).remove(subscription);
			if (value != null) {
				secrets.keep(subscription.getIdElement().getIdPart(), value);
			}
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		if (updated instanceof Subscription subscription) {
			String id = subscription.getIdElement().getIdPart();
			Optional<String> value = AuthorizationHeaders.of(subscription);
			if (value.isEmpty()) {
				secrets.forget(id);
			} else if (!value.get().equals(SubscriptionSecrets.MASK)) {
				secrets.keep(id, value.get());
			}
			maskIfPresent(subscription);
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
	public void beforeDelete(IBaseResource deleted) {
		if (deleted instanceof Subscription subscription) {
			secrets.forget(subscription.getIdElement().getIdPart());
		}
	}

	private static void maskIfPresent(Subscription subscription) {
		if (AuthorizationHeaders.of(subscription).isPresent()) {
			AuthorizationHeaders.mask(subscription);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<Subscription, String> pending(TransactionDetails transaction) {
		Map<Subscription, String> pending = (Map<Subscription, String>) transaction.getUserData(PENDING);
		if (pending == null) {
			pending = new IdentityHashMap<>();
			transaction.putUserData(PENDING, pending);
		}
		return pending;
	}
}
