package uk.org.cdrfhir.web;

import java.util.Optional;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import uk.org.cdrfhir.security.CdrRole;
import uk.org.cdrfhir.security.SecurityProperties;

/**
 * Who is signed in, as their identity token says (the same claims and role mapping as the FHIR
 * API's): for the page header and for which forms a page offers. What they may see and do is
 * decided by the FHIR API, on their access token.
 */
public record SignedInPerson(String name, Optional<CdrRole> role, String area) {

	static SignedInPerson of(OidcUser user, SecurityProperties security) {
		SecurityProperties.Claims claims = security.getClaims();
		String name = Optional.ofNullable(user.getClaimAsString(claims.getUser())).orElse(user.getSubject());
		Optional<CdrRole> role = Optional.ofNullable(user.getClaimAsString(claims.getRole())).flatMap(security::role);
		return new SignedInPerson(name, role, user.getClaimAsString(claims.getArea()));
	}

	public boolean is(CdrRole candidate) {
		return role.filter(candidate::equals).isPresent();
	}

	/** The CDR Manager (who resolves triage)? */
	public boolean isCdrManager() {
		return is(CdrRole.CDR_MANAGER);
	}

	/** Does case work (the dashboard's queues and clocks mean something to them)? */
	public boolean worksOnCases() {
		return is(CdrRole.CDR_MANAGER) || is(CdrRole.DESIGNATED_DOCTOR);
	}

	/** Reads the aggregates (the annual report): the CDR Manager and the ICS analyst. */
	public boolean readsAggregates() {
		return is(CdrRole.CDR_MANAGER) || is(CdrRole.ICS_ANALYST);
	}

	public String roleAndArea() {
		String roleName = role.map(CdrRole::claimValue).orElse("no role this server knows: ask the administrator");
		return area == null ? roleName : roleName + " (" + area + ")";
	}
}
