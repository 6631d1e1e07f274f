package uk.org.cdrfhir.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as the access rules and the audit trail see it: the OAuth client, the person (for
 * a person's token), their role, and for a designated doctor the review area they serve (the id of
 * the area's designated doctor PractitionerRole in {@code cdr.footprint.designated-doctors}).
 */
public record Caller(String clientId, String user, CdrRole role, String area, SmartScopes scopes) {

	/** The caller of the request this thread serves, if it presented a valid token. */
	public static Optional<Caller> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication instanceof CallerAuthentication caller ? Optional.of(caller.caller()) : Optional.empty();
	}

	/** The name the audit trail records: the person, or else the client. */
	public String who() {
		return user != null ? user : clientId;
	}
}
