package uk.org.cdrfhir.security.embedded;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import uk.org.cdrfhir.security.ContentSecurityPolicy;
import uk.org.cdrfhir.security.SecurityProperties;

/**
 * The development and demo authorization server (Spring Authorization Server) inside this
 * application: OAuth 2.0 client credentials for the demo systems, OpenID Connect sign-in for the
 * demo people, tokens signed with a key made at start-up. On only when
 * {@code cdr.security.embedded-authorization-server.enabled} is true, as in the {@code dev} profile;
 * the production ({@code postgres}) profile turns it off and names a real issuer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "cdr.security.embedded-authorization-server", name = "enabled", havingValue = "true")
public class EmbeddedAuthorizationServerConfig {

	/** The web UI's client: it signs people in through this server. */
	public static final String WEB_CLIENT_ID = "cdr-web";

	/**
	 * Its own session keys: a person's sign-in here and their web UI session share the browser's
	 * session (same host) and must not overwrite each other's sign-in or saved request.
	 */
	private static final String SESSION_CONTEXT_KEY = "CDR_EMBEDDED_AUTHORIZATION_SERVER_CONTEXT";
	private static final String SESSION_SAVED_REQUEST_KEY = "CDR_EMBEDDED_AUTHORIZATION_SERVER_SAVED_REQUEST";

	@Bean
	@Order(1)
	SecurityFilterChain embeddedAuthorizationServerSecurity(HttpSecurity http) throws Exception {
		OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
		RequestMatcher endpoints = server.getEndpointsMatcher();
		HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
		contexts.setSpringSecurityContextKey(SESSION_CONTEXT_KEY);
		HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
		savedRequests.setSessionAttrName(SESSION_SAVED_REQUEST_KEY);
		http.securityMatcher(new OrRequestMatcher(endpoints, PathPatternRequestMatcher.withDefaults().matcher("/login")))
				.with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/login")).permitAll()
						.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults())
				.headers(ContentSecurityPolicy.headers())
				.securityContext(context -> context.securityContextRepository(contexts))
				.requestCache(cache -> cache.requestCache(savedRequests))
				.csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
				.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.getIssuer()).build();
	}

	@Bean
	JWKSource<SecurityContext> embeddedSigningKeys() {
		KeyPair keys = rsaKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
				.privateKey((RSAPrivateKey) keys.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	RegisteredClientRepository demoClients(SecurityProperties properties, Environment environment) {
		return new DemoClientRepository(properties, environment);
	}

	@Bean
	UserDetailsService demoUsers(SecurityProperties properties) {
		return new InMemoryUserDetailsManager(properties.getEmbeddedAuthorizationServer().getUsers().stream()
				.map(user -> User.withUsername(user.getUsername()).password("{noop}" + user.getPassword())
						.roles(user.getRole().name()).build())
				.toList());
	}

	private static KeyPair rsaKeyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
