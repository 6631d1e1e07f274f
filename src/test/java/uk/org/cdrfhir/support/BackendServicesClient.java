package uk.org.cdrfhir.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The demo EPR that authenticates as SMART Backend Services prescribe ({@code demo-epr-luton-hospital}):
 * a client assertion signed with its own key, exchanged for a token at the token endpoint.
 */
public final class BackendServicesClient {

	public static final String CLIENT = "demo-epr-luton-hospital";
	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private BackendServicesClient() {
	}

	/** The demo client's own key pair (dev/demo-backend-client.jwks.json). */
	public static RSAKey demoKey() throws Exception {
		return JWKSet.load(new ClassPathResource("dev/demo-backend-client.jwks.json").getInputStream())
				.getKeys().get(0).toRSAKey();
	}

	/** A token for the demo client, asked with an assertion signed by its own key. */
	public static String token(String serverBase, String tokenEndpoint) throws Exception {
		HttpResponse<String> response = requestToken(serverBase, assertion(demoKey(), tokenEndpoint));
		Matcher token = ACCESS_TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("no token for " + CLIENT + ": " + response.statusCode() + " " + response.body());
		}
		return token.group(1);
	}

	public static String assertion(RSAKey key, String tokenEndpoint) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT).subject(CLIENT)
				.audience(tokenEndpoint).jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	public static HttpResponse<String> requestToken(String serverBase, String assertion) throws Exception {
		String form = "grant_type=client_credentials"
				+ "&scope=" + URLEncoder.encode("system/Bundle.c system/Bundle.rs", StandardCharsets.UTF_8)
				+ "&client_id=" + CLIENT
				+ "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
				+ "&client_assertion=" + assertion;
		return HTTP.send(HttpRequest.newBuilder(URI.create(serverBase + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
