package uk.org.cdrfhir.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A request authenticated by a valid bearer token, with the {@link Caller} it names. */
public class CallerAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final Caller caller;

	public CallerAuthentication(Jwt token, Caller caller) {
		super(token, caller, token, List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
		this.caller = caller;
		setAuthenticated(true);
	}

	public Caller caller() {
		return caller;
	}

	@Override
	public java.util.Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public String getName() {
		return caller.who();
	}
}
