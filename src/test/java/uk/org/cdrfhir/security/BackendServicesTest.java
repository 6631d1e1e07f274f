package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * An EPR gets its token as SMART Backend Services prescribe: client credentials, authenticated by a
 * JWT client assertion signed with its own key, and submits a notification with it.
 */
class BackendServicesTest extends FhirServerTestBase {

	private static final String CLIENT = "demo-epr-luton-hospital";
	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	@Autowired
	private SecurityProperties security;

	@Autowired
	private CdrPackage cdrPackage;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void signedClientAssertionGetsATokenThatSubmitsANotification() throws Exception {
		RSAKey key = JWKSet.load(new ClassPathResource("dev/demo-backend-client.jwks.json").getInputStream())
				.getKeys().get(0).toRSAKey();

		HttpResponse<String> tokenResponse = requestToken(assertion(key));

		assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
		Matcher token = ACCESS_TOKEN.matcher(tokenResponse.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create(fhirBase() + "/Bundle"))
				.header("Authorization", "Bearer " + token.group(1))
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(fhirContext.newJsonParser()
						.encodeResourceToString(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle())))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
	}

	@Test
	void anAssertionSignedWithAnotherKeyGetsNoToken() throws Exception {
		RSAKey impostor = new RSAKeyGenerator(2048).keyID("demo-epr-backend-2026").generate();

		HttpResponse<String> tokenResponse = requestToken(assertion(impostor));

		assertThat(tokenResponse.statusCode()).isEqualTo(401);
		assertThat(tokenResponse.body()).doesNotContain("access_token");
	}

	private String assertion(RSAKey key) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(CLIENT).subject(CLIENT)
				.audience(security.tokenEndpointOrDefault()).jwtID(UUID.randomUUID().toString())
				.issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS384).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private HttpResponse<String> requestToken(String assertion) throws Exception {
		String form = "grant_type=client_credentials"
				+ "&scope=" + URLEncoder.encode("system/Bundle.c system/Bundle.rs", StandardCharsets.UTF_8)
				+ "&client_id=" + CLIENT
				+ "&client_assertion_type=" + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
				+ "&client_assertion=" + assertion;
		return http.send(HttpRequest.newBuilder(URI.create(serverBase() + "/oauth2/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
