package uk.org.cdrfhir.security;

import java.util.List;
import java.util.Optional;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Reads the {@link Caller} from a validated token: the client, the person, the role (mapped from the
 * identity provider's values), the designated doctor's area and the SMART scopes. A token that names
 * no role this server knows, or a designated doctor without an area, is refused like a bad token.
 */
@Component
public class JwtCallerConverter implements Converter<Jwt, CallerAuthentication> {

	private final SecurityProperties properties;

	public JwtCallerConverter(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	public CallerAuthentication convert(Jwt token) {
		SecurityProperties.Claims claims = properties.getClaims();
		CdrRole role = Optional.ofNullable(token.getClaimAsString(claims.getRole()))
				.flatMap(properties::role)
				.orElseThrow(() -> new InvalidBearerTokenException("The token grants no role of this server"));
		String area = token.getClaimAsString(claims.getArea());
		if (role == CdrRole.DESIGNATED_DOCTOR && (area == null || area.isBlank())) {
			throw new InvalidBearerTokenException("A designated doctor's token names no area");
		}
		String client = Optional.ofNullable(token.getClaimAsString(claims.getClient()))
				.or(() -> Optional.ofNullable(token.getClaimAsString("azp")))
				.orElse(token.getSubject());
		String user = token.getClaimAsString(claims.getUser());
		return new CallerAuthentication(token, new Caller(client, user, role, area, SmartScopes.parse(scopes(token))));
	}

	private static List<String> scopes(Jwt token) {
		Object scope = token.getClaim("scope");
		if (scope instanceof String text) {
			return List.of(text.split(" "));
		}
		List<String> list = token.getClaimAsStringList("scope");
		return list != null ? list : List.of();
	}
}
