package uk.org.cdrfhir.security.embedded;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.security.CdrRole;
import uk.org.cdrfhir.security.SecurityProperties;

/**
 * Puts into the embedded server's tokens what a real identity provider's would carry for this
 * server: the audience, the client, and the role and area of the demo client or person, under the
 * configured claim names.
 */
@Component
@ConditionalOnProperty(prefix = "cdr.security.embedded-authorization-server", name = "enabled", havingValue = "true")
public class DemoTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	private final SecurityProperties properties;

	public DemoTokenClaims(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		SecurityProperties.Claims names = properties.getClaims();
		String clientId = context.getRegisteredClient().getClientId();
		context.getClaims().claim(names.getClient(), clientId);
		if (accessToken) {
			context.getClaims().audience(List.of(properties.getAudience()));
		}
		SecurityProperties.EmbeddedAuthorizationServer embedded = properties.getEmbeddedAuthorizationServer();
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			embedded.getClients().stream().filter(client -> client.getId().equals(clientId)).findFirst()
					.ifPresent(client -> roleAndArea(context, client.getRole(), client.getArea()));
		} else {
			String username = context.getPrincipal().getName();
			embedded.getUsers().stream().filter(user -> user.getUsername().equals(username)).findFirst()
					.ifPresent(user -> {
						context.getClaims().claim(names.getUser(), username);
						roleAndArea(context, user.getRole(), user.getArea());
					});
		}
	}

	private void roleAndArea(JwtEncodingContext context, CdrRole role, String area) {
		context.getClaims().claim(properties.getClaims().getRole(), role.claimValue());
		if (area != null) {
			context.getClaims().claim(properties.getClaims().getArea(), area);
		}
	}
}
