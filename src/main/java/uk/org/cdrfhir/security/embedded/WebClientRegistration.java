package uk.org.cdrfhir.security.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.security.SecurityProperties;

/**
 * The web UI's OpenID Connect client registration when the embedded authorization server runs: its
 * endpoints are this application's own, on the port it actually listens on (known only once the
 * server has started, hence built at first use). With an external identity provider, Spring Boot's
 * {@code spring.security.oauth2.client.registration.cdr} properties define it instead.
 */
@Component
@ConditionalOnProperty(prefix = "cdr.security.embedded-authorization-server", name = "enabled", havingValue = "true")
public class WebClientRegistration implements ClientRegistrationRepository {

	public static final String REGISTRATION_ID = "cdr";
	static final String SECRET = "cdr-web-demo-secret";
	/**
	 * OpenID Connect, and SMART user scopes for every resource type: the web UI calls the FHIR API
	 * with the person's access token, where the role decides and a scope can only narrow it.
	 */
	static final String[] SCOPES = {"openid", "profile", "user/*.cruds"};

	private final Environment environment;
	private final SecurityProperties properties;
	private volatile ClientRegistration registration;

	public WebClientRegistration(Environment environment, SecurityProperties properties) {
		this.environment = environment;
		this.properties = properties;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		if (registration == null) {
			String base = "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080");
			registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
					.clientId(EmbeddedAuthorizationServerConfig.WEB_CLIENT_ID)
					.clientSecret(SECRET)
					.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
					.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
					.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
					.scope(SCOPES)
					.authorizationUri(base + "/oauth2/authorize")
					.tokenUri(base + "/oauth2/token")
					.jwkSetUri(base + "/oauth2/jwks")
					.userNameAttributeName("sub")
					.issuerUri(properties.getIssuer())
					.clientName("cdr-fhir (embedded development sign-in)")
					.build();
		}
		return registration;
	}
}
