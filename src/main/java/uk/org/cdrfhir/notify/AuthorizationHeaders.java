package uk.org.cdrfhir.notify;

import java.util.Locale;
import java.util.Optional;

import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Subscription;

/** The {@code Authorization: ...} entries of a Subscription's {@code channel.header}. */
final class AuthorizationHeaders {

	static final String NAME = "Authorization";
	static final String MASKED = NAME + ": " + SubscriptionSecrets.MASK;

	private AuthorizationHeaders() {
	}

	static boolean isAuthorization(String header) {
		return header != null && header.toLowerCase(Locale.ROOT).startsWith(NAME.toLowerCase(Locale.ROOT) + ":");
	}

	static String value(String header) {
		return header.substring(header.indexOf(':') + 1).trim();
	}

	/** The value of its first Authorization header, as written (the mask included). */
	static Optional<String> of(Subscription subscription) {
		return subscription.getChannel().getHeader().stream().map(StringType::getValue)
				.filter(AuthorizationHeaders::isAuthorization).map(AuthorizationHeaders::value).findFirst();
	}

	/** Replaces every Authorization header by one masked entry. */
	static void mask(Subscription subscription) {
		subscription.getChannel().getHeader().removeIf(header -> isAuthorization(header.getValue()));
		subscription.getChannel().addHeader(MASKED);
	}
}
