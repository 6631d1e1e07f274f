package uk.org.cdrfhir.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one request may hold ({@code cdr.input-limits.*}), checked before it is parsed or validated
 * ({@link InputLimitsInterceptor}): the cost of validating grows with what a resource holds, and a
 * write holds one of the server's few write turns while it is validated.
 *
 * @param maxEntries           entries of one Bundle (a notification, transaction, batch or message);
 *                             also any other list named {@code entry} (a Composition section's); must
 *                             equal the maximum of {@code Bundle.entry} in cdr-notification-bundle
 * @param maxEntriesPerRequest entries of all the Bundles of one request together (a message holds
 *                             two entries around its notification document)
 * @param maxRepeats           repeats of any other element (names, addresses, extensions, codings…)
 * @param maxDepth             elements nested in elements (a notification in a message needs 20)
 */
@ConfigurationProperties(prefix = "cdr.input-limits")
public record InputLimits(
		@DefaultValue("200") int maxEntries,
		@DefaultValue("250") int maxEntriesPerRequest,
		@DefaultValue("50") int maxRepeats,
		@DefaultValue("32") int maxDepth) {
}
