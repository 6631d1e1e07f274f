package uk.org.cdrfhir.security.embedded;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import uk.org.cdrfhir.security.SecurityProperties;

/**
 * The embedded server's clients: the demo systems of {@code cdr.security.embedded-authorization-server.clients}
 * and the web UI. Built at first use, because a client that signs its assertions is checked against
 * the public key this application publishes for it, at the address it actually listens on.
 */
class DemoClientRepository implements RegisteredClientRepository {

	private final SecurityProperties properties;
	private final Environment environment;
	private volatile RegisteredClientRepository clients;

	DemoClientRepository(SecurityProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** The authorization server saves a client when it re-encodes its secret. */
	@Override
	public void save(RegisteredClient registeredClient) {
		clients().save(registeredClient);
	}

	@Override
	public RegisteredClient findById(String id) {
		return clients().findById(id);
	}

	@Override
	public RegisteredClient findByClientId(String clientId) {
		return clients().findByClientId(clientId);
	}

	private RegisteredClientRepository clients() {
		if (clients == null) {
			clients = new InMemoryRegisteredClientRepository(build());
		}
		return clients;
	}

	private List<RegisteredClient> build() {
		SecurityProperties.EmbeddedAuthorizationServer embedded = properties.getEmbeddedAuthorizationServer();
		TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(embedded.getTokenLifetime()).build();
		String base = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
		List<RegisteredClient> built = new ArrayList<>();
		for (SecurityProperties.DemoClient demo : embedded.getClients()) {
			RegisteredClient.Builder client = RegisteredClient.withId(demo.getId())
					.clientId(demo.getId())
					.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
					.scopes(scopes -> scopes.addAll(demo.getScopes()))
					.tokenSettings(tokens);
			if (demo.getAssertionKeys() != null) {
				// SMART Backend Services: a JWT client assertion signed with the client's key
				client.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
						.clientSettings(ClientSettings.builder()
								.jwkSetUrl(base + DemoClientKeysController.PATH.replace("{clientId}", demo.getId()))
								.tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384)
								.build());
			} else {
				client.clientSecret("{noop}" + demo.getSecret())
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
						.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
			}
			built.add(client.build());
		}
		built.add(RegisteredClient.withId(EmbeddedAuthorizationServerConfig.WEB_CLIENT_ID)
				.clientId(EmbeddedAuthorizationServerConfig.WEB_CLIENT_ID)
				.clientSecret("{noop}" + WebClientRegistration.SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
				// loopback: any port (RFC 8252), so the demo works on whatever port the server runs
				.redirectUri("http://127.0.0.1/login/oauth2/code/" + WebClientRegistration.REGISTRATION_ID)
				.redirectUri("http://localhost:8080/login/oauth2/code/" + WebClientRegistration.REGISTRATION_ID)
				.scopes(scopes -> scopes.addAll(List.of(WebClientRegistration.SCOPES)))
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.tokenSettings(tokens)
				.build());
		return built;
	}
}
