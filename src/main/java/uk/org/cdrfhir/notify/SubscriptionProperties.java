package uk.org.cdrfhir.notify;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * FHIR Subscriptions ({@code cdr.subscriptions.*} in application.yaml): how a designated doctor's
 * system is told of the tasks it owns.
 *
 * @param enabled          whether rest-hook Subscriptions are activated and resources matched against them;
 *                         off, Subscriptions can still be stored but nothing is delivered
 * @param allowedEndpoints URL prefixes a rest-hook endpoint must start with, each naming its host, compared as
 *                         URLs (scheme, host, port, then path), so the server cannot be made to call arbitrary
 *                         hosts; none by default: an operator lists its designated doctors' systems
 * @param resourceTypes    the resource types a Subscription may watch; changes to other records never
 *                         enter the matching pipeline (they would be queued, read back and matched for nothing)
 */
@ConfigurationProperties(prefix = "cdr.subscriptions")
public record SubscriptionProperties(
		@DefaultValue("true") boolean enabled,
		@DefaultValue List<String> allowedEndpoints,
		@DefaultValue({"Task", "EpisodeOfCare", "Appointment"}) Set<String> resourceTypes) {
}
