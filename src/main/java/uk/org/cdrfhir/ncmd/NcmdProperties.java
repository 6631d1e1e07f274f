package uk.org.cdrfhir.ncmd;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of the NCMD notification ({@code cdr.ncmd.*} in application.yaml). Whether or not it is
 * enabled, every new case writes its NCMD notification to the outbox; enabled, the server sends it
 * and completes the case's notify-ncmd task; disabled (the default), the task is left for the CDR
 * Manager to complete by hand, and enabling later sends only what is still open.
 *
 * @param enabled         whether the server sends the outbox to NCMD
 * @param endpoint        where each notification is POSTed (http or https)
 * @param format          what is POSTed: a FHIR message Bundle (cdr-notification-message) in JSON or XML
 * @param credentials     how the server identifies itself: a bearer token, or a user name and password
 *                        (HTTP basic); neither if the endpoint needs none
 * @param connectTimeout  how long a connection may take to open
 * @param readTimeout     how long the endpoint may take to answer once the message is sent
 * @param pollInterval    how often each node looks for notifications due to be sent
 * @param firstRetry      the wait after the first failure, doubled after each further failure
 * @param maxRetry        the longest wait between two attempts
 * @param alertMargin     a delivery still failing this long before the notify-ncmd task's deadline raises an
 *                        alert task for the CDR Manager
 * @param batchSize       at most this many notifications claimed by one node at a time
 */
@ConfigurationProperties(prefix = "cdr.ncmd")
public record NcmdProperties(
		@DefaultValue("false") boolean enabled,
		URI endpoint,
		@DefaultValue("fhir-message-json") Format format,
		@DefaultValue Credentials credentials,
		@DefaultValue("10s") Duration connectTimeout,
		@DefaultValue("30s") Duration readTimeout,
		@DefaultValue("30s") Duration pollInterval,
		@DefaultValue("1m") Duration firstRetry,
		@DefaultValue("30m") Duration maxRetry,
		@DefaultValue("12h") Duration alertMargin,
		@DefaultValue("20") int batchSize) {

	public NcmdProperties {
		if (enabled && (endpoint == null || !("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme()))
				|| endpoint.getHost() == null)) {
			throw new IllegalArgumentException("cdr.ncmd.endpoint: NCMD delivery is enabled, so it needs the http(s) URL to send to");
		}
		if (credentials.bearerToken() != null && !credentials.bearerToken().isBlank() && credentials.username() != null
				&& !credentials.username().isBlank()) {
			throw new IllegalArgumentException("cdr.ncmd.credentials: a bearer token or a user name and password, not both");
		}
	}

	/** What a notification is sent as. */
	public enum Format {
		FHIR_MESSAGE_JSON("application/fhir+json"),
		FHIR_MESSAGE_XML("application/fhir+xml");

		private final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		public String contentType() {
			return contentType;
		}
	}

	/** At most one of the two: a bearer token, or a user name and password for HTTP basic authentication. */
	public record Credentials(String bearerToken, String username, String password) {
	}

	/**
	 * How long a node holds a notification it is sending before another node may take it over: longer
	 * than any one attempt can take, so two nodes never send it at once.
	 */
	public Duration lease() {
		return connectTimeout.plus(readTimeout).plusMinutes(1);
	}
}
