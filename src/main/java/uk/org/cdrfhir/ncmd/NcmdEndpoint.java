package uk.org.cdrfhir.ncmd;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The configured NCMD endpoint: one HTTP POST per attempt, with the configured credentials and
 * timeouts. A 2xx answer is NCMD's acknowledgement; anything else (another status, no connection,
 * no answer in time) is a failure to try again later. The message id travels in the body and as the
 * {@code Idempotency-Key} header, so a receiver can tell a message sent again after an ambiguous
 * failure (it arrived, but the answer did not) from a new one.
 */
@Component
class NcmdEndpoint {

	/** What an attempt came to: acknowledged, or why not (no identifiers: it is logged and audited). */
	record Outcome(boolean acknowledged, String description) {
	}

	private final NcmdProperties properties;
	private final HttpClient http;

	NcmdEndpoint(NcmdProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
				.connectTimeout(properties.connectTimeout())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
	}

	Outcome send(String messageId, byte[] body) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(properties.endpoint())
				.timeout(properties.readTimeout())
				.header("Content-Type", properties.format().contentType() + "; charset=UTF-8")
				.header("Accept", properties.format().contentType())
				.header("Idempotency-Key", messageId)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		authorization().ifPresent(value -> request.header("Authorization", value));
		try {
			HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
			int status = response.statusCode();
			return status >= 200 && status < 300
					? new Outcome(true, "acknowledged with HTTP " + status)
					: new Outcome(false, "NCMD answered HTTP " + status);
		} catch (HttpConnectTimeoutException e) {
			return new Outcome(false, "no connection to NCMD within " + properties.connectTimeout());
		} catch (HttpTimeoutException e) {
			return new Outcome(false, "no answer from NCMD within " + properties.readTimeout());
		} catch (IOException e) {
			return new Outcome(false, "could not reach NCMD: " + e.getClass().getSimpleName());
		}
	}

	private Optional<String> authorization() {
		NcmdProperties.Credentials credentials = properties.credentials();
		if (credentials.bearerToken() != null && !credentials.bearerToken().isBlank()) {
			return Optional.of("Bearer " + credentials.bearerToken());
		}
		if (credentials.username() != null && !credentials.username().isBlank()) {
			String pair = credentials.username() + ":" + (credentials.password() == null ? "" : credentials.password());
			return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
		}
		return Optional.empty();
	}
}
