package uk.org.cdrfhir.security;

import java.security.interfaces.RSAPublicKey;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * How bearer tokens are checked: signed (RS256 or ES256; never {@code alg: none}) by a key of the
 * configured issuer, issued by it, meant for this server ({@code aud}), and current (an {@code exp} is required,
 * {@code nbf}, with a small clock skew). With the embedded development authorization server, its
 * in-memory public key is used directly.
 */
@Configuration(proxyBeanMethods = false)
public class TokenDecoderConfig {

	@Bean
	JwtDecoder apiTokenDecoder(SecurityProperties properties, ObjectProvider<JWKSource<SecurityContext>> embeddedKeys) {
		if (properties.getIssuer().isBlank()) {
			throw new IllegalStateException("cdr.security.issuer is not set: the server must know which authorization server's tokens to accept");
		}
		JWKSource<SecurityContext> keys = properties.getEmbeddedAuthorizationServer().isEnabled() ? embeddedKeys.getIfAvailable() : null;
		NimbusJwtDecoder decoder;
		if (keys != null) {
			// its one RSA key, made at start-up, as a Java public key once: a key selector over the JWK set
			// converted the JWK (private part included) to Java keys again for every request
			decoder = NimbusJwtDecoder.withPublicKey(embeddedPublicKey(keys)).signatureAlgorithm(SignatureAlgorithm.RS256).build();
		} else {
			decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUriOrDefault())
					.jwsAlgorithms(algorithms -> {
						algorithms.add(SignatureAlgorithm.RS256);
						algorithms.add(SignatureAlgorithm.ES256);
					})
					.build();
		}
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.getClockSkew());
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
				timestamps, new JwtClaimValidator<Object>("exp", java.util.Objects::nonNull),
				new JwtIssuerValidator(properties.getIssuer()), audience(properties.getAudience()))));
		return decoder;
	}

	private static RSAPublicKey embeddedPublicKey(JWKSource<SecurityContext> keys) {
		try {
			List<JWK> found = keys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).build()), null);
			return ((RSAKey) found.get(0)).toRSAPublicKey();
		} catch (JOSEException e) {
			throw new IllegalStateException("The embedded authorization server's signing key cannot be read", e);
		}
	}

	private static OAuth2TokenValidator<Jwt> audience(String audience) {
		OAuth2Error wrongAudience = new OAuth2Error("invalid_token", "The token is not meant for this server", null);
		return token -> token.getAudience() != null && token.getAudience().contains(audience)
				? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(wrongAudience);
	}
}
