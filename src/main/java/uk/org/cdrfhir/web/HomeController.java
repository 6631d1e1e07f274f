package uk.org.cdrfhir.web;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.org.cdrfhir.security.CdrRole;
import uk.org.cdrfhir.security.SecurityProperties;

/**
 * The signed-in person's start page: who the identity provider says they are, and the role and
 * area the server reads from their token (the same claims and mapping as the FHIR API's).
 */
@Controller
public class HomeController {

	private final SecurityProperties security;

	public HomeController(SecurityProperties security) {
		this.security = security;
	}

	@GetMapping("/")
	public String home(@AuthenticationPrincipal OidcUser person, Model model) {
		SecurityProperties.Claims claims = security.getClaims();
		String roleClaim = person == null ? null : person.getClaimAsString(claims.getRole());
		Optional<CdrRole> role = Optional.ofNullable(roleClaim).flatMap(security::role);
		model.addAttribute("name", person == null ? null : Optional.ofNullable(person.getClaimAsString(claims.getUser()))
				.orElse(person.getSubject()));
		model.addAttribute("role", role.map(CdrRole::claimValue).orElse(null));
		model.addAttribute("area", person == null ? null : person.getClaimAsString(claims.getArea()));
		return "web/home";
	}
}
