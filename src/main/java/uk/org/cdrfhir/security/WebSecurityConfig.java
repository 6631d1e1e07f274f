package uk.org.cdrfhir.security;

import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import uk.org.cdrfhir.security.embedded.WebClientRegistration;

/**
 * People use the web UI after signing in with OpenID Connect (the {@code cdr} client registration:
 * NHS CIS2 in production, the embedded server in development); its pages call the FHIR API with the
 * person's access token (package web). Forms carry Spring Security's CSRF token. The implementation
 * guide pages, the styles, scripts and icons and the health probes are public. Every page carries the {@link ContentSecurityPolicy};
 * the session cookie is SameSite=Lax, and Secure when the request came over HTTPS (server.servlet.session
 * and server.tomcat.remoteip in application.yaml).
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfig {

	@Bean
	@Order(ApiSecurityConfig.ORDER + 1)
	SecurityFilterChain webUiSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations)
			throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers(Stream.of("/ig", "/ig/**", "/css/**", "/js/**", "/nhsuk/**", "/assets/**", "/favicon.ico", "/error",
						// the embedded sign-in page's style sheet: were it behind sign-in, a browser fetching it
						// would become the request remembered for after sign-in, and land the person on it
						"/default-ui.css",
						"/actuator/health", "/actuator/health/**", "/actuator/info",
						"/auth/demo-clients/*/jwks.json").map(paths::matcher)
						.toArray(RequestMatcher[]::new)).permitAll()
				.anyRequest().authenticated())
				.headers(ContentSecurityPolicy.headers());
		if (registrations.getIfAvailable() != null) {
			http.oauth2Login(login -> login.loginPage("/oauth2/authorization/" + WebClientRegistration.REGISTRATION_ID));
		}
		return http.build();
	}
}
