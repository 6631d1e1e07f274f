package uk.org.cdrfhir.security;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Access control and audit switched off, to measure their cost (bench/intake.sh): allowed only
 * under the {@code bench} profile, so no deployment can run without them by a stray setting.
 */
@Configuration(proxyBeanMethods = false)
@SecurityOff
public class BenchmarkWithoutSecurityConfig {

	public BenchmarkWithoutSecurityConfig(Environment environment) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("bench")) {
			throw new IllegalStateException("cdr.security.enabled=false is only allowed with the bench profile");
		}
	}

	@Bean
	@Order(ApiSecurityConfig.ORDER)
	SecurityFilterChain fhirApiWithoutSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/fhir/**"))
				.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
				.csrf(csrf -> csrf.disable());
		return http.build();
	}
}
