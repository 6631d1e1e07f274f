package uk.org.cdrfhir.notify;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The Authorization header of each Subscription, kept in a table of its own and never in the
 * Subscription resource, so that no read, search or history of Subscriptions can show it. Written in
 * the transaction of the Subscription's own write (the data source is the one HAPI's transactions use).
 */
@Repository
public class SubscriptionSecrets {

	/** What a Subscription shows in place of its Authorization header's value. */
	public static final String MASK = "****";

	private static final String TABLE = "CDR_SUBSCRIPTION_SECRET";

	private final JdbcTemplate jdbc;

	public SubscriptionSecrets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		// HAPI manages its own schema; this one table is ours (the same statement on H2 and PostgreSQL)
		jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE
				+ " (SUBSCRIPTION_ID VARCHAR(100) PRIMARY KEY, AUTHORIZATION_HEADER VARCHAR(8000) NOT NULL)");
	}

	void keep(String subscriptionId, String authorization) {
		forget(subscriptionId);
		jdbc.update("INSERT INTO " + TABLE + " (SUBSCRIPTION_ID, AUTHORIZATION_HEADER) VALUES (?, ?)", subscriptionId,
				authorization);
	}

	void forget(String subscriptionId) {
		jdbc.update("DELETE FROM " + TABLE + " WHERE SUBSCRIPTION_ID = ?", subscriptionId);
	}

	Optional<String> authorization(String subscriptionId) {
		List<String> found = jdbc.queryForList("SELECT AUTHORIZATION_HEADER FROM " + TABLE + " WHERE SUBSCRIPTION_ID = ?",
				String.class, subscriptionId);
		return found.stream().findFirst();
	}
}
