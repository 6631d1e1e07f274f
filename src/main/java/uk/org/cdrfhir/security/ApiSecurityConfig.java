package uk.org.cdrfhir.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The FHIR API is an OAuth 2.0 resource server: every request needs a valid bearer token, except
 * the CapabilityStatement and the SMART configuration, which tell clients how to get one. What a
 * token's role may do is decided inside the FHIR server (see {@link AccessRulesInterceptor}).
 */
@Configuration(proxyBeanMethods = false)
@SecurityOn
public class ApiSecurityConfig {

	/** After the embedded authorization server's own chain, before the web UI's. */
	static final int ORDER = 2;

	@Bean
	@Order(ORDER)
	SecurityFilterChain fhirApiSecurity(HttpSecurity http, JwtDecoder apiTokenDecoder, JwtCallerConverter callers,
			ApiAuthenticationEntryPoint entryPoint) throws Exception {
		// paths, not Spring MVC patterns: /fhir/* belongs to HAPI's servlet
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(paths.matcher("/fhir/**"), paths.matcher("/.well-known/**")))
				.authorizeHttpRequests(requests -> requests
						.requestMatchers(paths.matcher(HttpMethod.GET, "/fhir/metadata"),
								paths.matcher(HttpMethod.GET, "/fhir/.well-known/smart-configuration"),
								paths.matcher(HttpMethod.GET, "/.well-known/smart-configuration")).permitAll()
						.requestMatchers(paths.matcher(HttpMethod.OPTIONS, "/fhir/**")).permitAll()
						.anyRequest().authenticated())
				.oauth2ResourceServer(resourceServer -> resourceServer
						.jwt(jwt -> jwt.decoder(apiTokenDecoder).jwtAuthenticationConverter(callers))
						.authenticationEntryPoint(entryPoint))
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
				.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				// bearer tokens, no cookies: nothing for a cross-site request to ride on
				.csrf(csrf -> csrf.disable())
				.requestCache(cache -> cache.disable())
				.headers(ContentSecurityPolicy.headers());
		return http.build();
	}
}
