package uk.org.cdrfhir.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The Content-Security-Policy of every page this server sends: scripts, styles and everything else
 * from this server's own files only, never inline (so injected markup cannot run), no framing by
 * other sites, forms posted to this server only. The pages' styles live in static files
 * ({@code /css/cdr.css}); the templates have no inline script or style.
 */
public final class ContentSecurityPolicy {

	public static final String DIRECTIVES = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private ContentSecurityPolicy() {
	}

	/** Spring Security's default headers (HSTS over HTTPS among them) and this policy. */
	public static Customizer<HeadersConfigurer<HttpSecurity>> headers() {
		return headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(DIRECTIVES));
	}
}
