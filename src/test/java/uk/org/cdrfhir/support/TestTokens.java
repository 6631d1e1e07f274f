package uk.org.cdrfhir.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real access tokens from the embedded authorization server of the server under test, by the
 * client-credentials grant, kept for a few minutes per client (they live 15).
 */
public final class TestTokens {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
	private static final Duration KEEP = Duration.ofMinutes(5);
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private record Issued(String token, Instant at) {
	}

	private static final Map<String, Issued> ISSUED = new ConcurrentHashMap<>();

	private TestTokens() {
	}

	/** A token for the demo client from the server at {@code serverBase}. */
	public static String of(String serverBase, DemoClient client) {
		String key = serverBase + " " + client;
		Issued issued = ISSUED.get(key);
		if (issued == null || issued.at().plus(KEEP).isBefore(Instant.now())) {
			issued = new Issued(request(serverBase, client.clientId(), client.secret(), client.scopes()), Instant.now());
			ISSUED.put(key, issued);
		}
		return issued.token();
	}

	/** A new token for any client, asking for the given scopes (space-separated; null: none). */
	public static String request(String serverBase, String clientId, String secret, String scope) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + scope.replace(" ", "%20").replace("/", "%2F"));
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(serverBase + "/oauth2/token"))
					.header("Authorization", "Basic " + basic)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
			Matcher matcher = ACCESS_TOKEN.matcher(response.body());
			if (response.statusCode() != 200 || !matcher.find()) {
				throw new IllegalStateException("no token for " + clientId + ": " + response.statusCode() + " " + response.body());
			}
			return matcher.group(1);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
