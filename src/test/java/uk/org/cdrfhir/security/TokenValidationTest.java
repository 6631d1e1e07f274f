package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.TokenParam;
import uk.org.cdrfhir.support.FhirServerTestBase;

/**
 * Bad bearer tokens, each made by hand and differing from a good one in one respect only: each is
 * refused with 401 and the same OperationOutcome as no token at all (nothing says why), and each
 * refusal is in the audit trail. The same hand-made token with nothing wrong is accepted, so each
 * refusal is for the stated reason. What needs no token is reachable without one.
 */
class TokenValidationTest extends FhirServerTestBase {

	private static final String API_PATH = "/fhir/EpisodeOfCare";
	private static final Duration BEYOND_CLOCK_SKEW = Duration.ofMinutes(2);
	/** Words that would tell a caller why its token failed. */
	private static final List<String> REASONS = List.of("expired", "not before", "nbf", "issuer", "audience",
			"signature", "signed", "alg", "jwt", "jws", "jose", "claim", "role", "area", "malformed", "key");

	/** How a token differs from a good one. */
	enum BadToken {
		NONE, MALFORMED, EXPIRED, NOT_YET_VALID, WRONG_ISSUER, WRONG_AUDIENCE, SIGNED_BY_ANOTHER_KEY,
		UNSIGNED_ALG_NONE, NO_EXPIRY, NO_ROLE, DESIGNATED_DOCTOR_WITHOUT_AREA
	}

	@Autowired
	private JWKSource<SecurityContext> embeddedSigningKeys;

	@Autowired
	private SecurityProperties security;

	@Autowired
	private DaoRegistry daoRegistry;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void theHandMadeTokensAreAcceptedWhenNothingIsWrongWithThem() throws Exception {
		assertThat(getWithToken(API_PATH, sign(serverKey(), managerClaims().build())).statusCode()).isEqualTo(200);
		assertThat(getWithToken(API_PATH, sign(serverKey(), doctorClaims().build())).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@EnumSource(BadToken.class)
	void aBadTokenIsRefusedWith401SayingNothingOfWhyAndIsAudited(BadToken bad) throws Exception {
		String token = token(bad);
		Instant start = Instant.now();
		HttpResponse<String> withoutToken = getAnonymously(API_PATH);
		Set<String> before = refusalsSince(start);

		HttpResponse<String> response = token == null ? getAnonymously(API_PATH) : getWithToken(API_PATH, token);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.LOGIN);
		// word for word what a caller without any token is told
		assertThat(response.body()).isEqualTo(withoutToken.body());
		assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer error=\"invalid_token\"");
		String everythingSaid = (response.headers().map() + " " + response.body()).toLowerCase();
		assertThat(REASONS).noneSatisfy(word -> assertThat(everythingSaid).contains(word));

		Set<String> added = refusalsSince(start);
		added.removeAll(before);
		assertThat(added).as("refusals audited for this request").hasSize(1);
		AuditEvent event = daoRegistry.getResourceDao(AuditEvent.class)
				.read(new IdType("AuditEvent", added.iterator().next()), new SystemRequestDetails());
		assertThat(event.getAgentFirstRep().getWho().getDisplay()).isEqualTo("unauthenticated");
		assertThat(event.getEntity()).anySatisfy(entity -> assertThat(new String(entity.getQuery(), StandardCharsets.UTF_8))
				.isEqualTo("GET " + API_PATH));
	}

	@Test
	void theCapabilityStatementAndSmartConfigurationNeedNoToken() throws Exception {
		HttpResponse<String> metadata = getAnonymously("/fhir/metadata");
		assertThat(metadata.statusCode()).isEqualTo(200);
		assertThat(metadata.body()).contains("CapabilityStatement");

		String tokenEndpoint = security.getIssuer().replaceFirst("/$", "") + "/oauth2/token";
		JsonNode restSecurity = new ObjectMapper().readTree(metadata.body()).path("rest").path(0).path("security");
		assertThat(restSecurity.path("service").path(0).path("coding").path(0).path("code").asText()).isEqualTo("SMART-on-FHIR");
		assertThat(restSecurity.toString()).contains(tokenEndpoint);
		for (String path : List.of("/.well-known/smart-configuration", "/fhir/.well-known/smart-configuration")) {
			HttpResponse<String> response = getAnonymously(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			JsonNode configuration = new ObjectMapper().readTree(response.body());
			assertThat(configuration.path("issuer").asText()).as(path).isEqualTo(security.getIssuer());
			assertThat(configuration.path("token_endpoint").asText()).as(path).isEqualTo(tokenEndpoint);
			assertThat(configuration.path("grant_types_supported")).as(path).extracting(JsonNode::asText)
					.contains("client_credentials");
		}
	}

	@Test
	void theImplementationGuideIsPublic() throws Exception {
		HttpResponse<String> response = getAnonymously("/ig");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
	}

	@Test
	void aWebPageWithoutASessionSendsThePersonToSignInAndShowsNothing() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(serverBase() + "/"))
				.header("Accept", "text/html,application/xhtml+xml").GET().build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(URI.create(serverBase()).resolve(response.headers().firstValue("Location").orElseThrow()).getPath())
				.isEqualTo("/oauth2/authorization/cdr");
		assertThat(response.body()).isEmpty();
	}

	private String token(BadToken bad) throws Exception {
		Instant now = Instant.now();
		return switch (bad) {
			case NONE -> null;
			case MALFORMED -> "this-is-not-a-token";
			case EXPIRED -> sign(serverKey(), managerClaims().issueTime(Date.from(now.minus(Duration.ofMinutes(20))))
					.notBeforeTime(Date.from(now.minus(Duration.ofMinutes(20))))
					.expirationTime(Date.from(now.minus(BEYOND_CLOCK_SKEW))).build());
			case NOT_YET_VALID -> sign(serverKey(), managerClaims().notBeforeTime(Date.from(now.plus(BEYOND_CLOCK_SKEW))).build());
			case WRONG_ISSUER -> sign(serverKey(), managerClaims().issuer("https://login.example.org").build());
			case WRONG_AUDIENCE -> sign(serverKey(), managerClaims().audience("another-fhir-server").build());
			case SIGNED_BY_ANOTHER_KEY -> sign(anotherKeyWithTheSameId(), managerClaims().build());
			case UNSIGNED_ALG_NONE -> new PlainJWT(managerClaims().build()).serialize();
			case NO_EXPIRY -> sign(serverKey(), managerClaims().expirationTime(null).build());
			case NO_ROLE -> sign(serverKey(), managerClaims().claim(security.getClaims().getRole(), null).build());
			case DESIGNATED_DOCTOR_WITHOUT_AREA -> sign(serverKey(), doctorClaims().claim(security.getClaims().getArea(), null).build());
		};
	}

	/** What the embedded server puts in the CDR Manager's system's token. */
	private JWTClaimsSet.Builder managerClaims() {
		return claims("demo-cdr-manager-system", CdrRole.CDR_MANAGER.claimValue());
	}

	private JWTClaimsSet.Builder doctorClaims() {
		return claims("demo-doctor-system-bedfordshire", CdrRole.DESIGNATED_DOCTOR.claimValue())
				.claim(security.getClaims().getArea(), "designated-doctor-bedfordshire");
	}

	private JWTClaimsSet.Builder claims(String clientId, String role) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder()
				.issuer(security.getIssuer())
				.audience(security.getAudience())
				.subject(clientId)
				.claim(security.getClaims().getClient(), clientId)
				.claim(security.getClaims().getRole(), role)
				.claim("scope", "system/*.rs")
				.issueTime(Date.from(now))
				.notBeforeTime(Date.from(now))
				.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
				.jwtID(UUID.randomUUID().toString());
	}

	private RSAKey serverKey() throws Exception {
		return (RSAKey) embeddedSigningKeys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).build()), null)
				.get(0);
	}

	/** A key the server does not know, presenting itself as the server's. */
	private RSAKey anotherKeyWithTheSameId() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var keys = generator.generateKeyPair();
		return new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
				.keyID(serverKey().getKeyID()).build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
				.type(JOSEObjectType.JWT).build(), claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private HttpResponse<String> getWithToken(String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(serverBase() + path)).header("Authorization", "Bearer " + token)
				.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Every refusal (outcome 4: a client's error), whoever it was, recorded since about then: a few,
	 * where a whole test run's would be more than a synchronous search returns.
	 */
	private Set<String> refusalsSince(Instant start) {
		SearchParameterMap query = SearchParameterMap.newSynchronous().add("outcome", new TokenParam("4"))
				.add("date", new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, Date.from(start.minusSeconds(1))));
		Set<String> result = new HashSet<>();
		daoRegistry.getResourceDao(AuditEvent.class).search(query, new SystemRequestDetails()).getAllResources().stream()
				.forEach(event -> result.add(event.getIdElement().getIdPart()));
		return result;
	}
}
