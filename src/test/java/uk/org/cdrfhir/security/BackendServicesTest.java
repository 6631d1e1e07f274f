package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.BackendServicesClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * An EPR gets its token as SMART Backend Services prescribe: client credentials, authenticated by a
 * JWT client assertion signed with its own key, and submits a notification with it.
 */
class BackendServicesTest extends FhirServerTestBase {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	@Autowired
	private SecurityProperties security;

	@Autowired
	private CdrPackage cdrPackage;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void signedClientAssertionGetsATokenThatSubmitsANotification() throws Exception {
		HttpResponse<String> tokenResponse = BackendServicesClient.requestToken(serverBase(),
				BackendServicesClient.assertion(BackendServicesClient.demoKey(), security.tokenEndpointOrDefault()));

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

		HttpResponse<String> tokenResponse = BackendServicesClient.requestToken(serverBase(),
				BackendServicesClient.assertion(impostor, security.tokenEndpointOrDefault()));

		assertThat(tokenResponse.statusCode()).isEqualTo(401);
		assertThat(tokenResponse.body()).doesNotContain("access_token");
	}
}
