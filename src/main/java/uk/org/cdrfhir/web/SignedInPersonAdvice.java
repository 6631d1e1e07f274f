package uk.org.cdrfhir.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.org.cdrfhir.security.SecurityProperties;

/** Every case work page knows who is signed in (the header shows them and a sign-out button). */
@ControllerAdvice(basePackageClasses = SignedInPersonAdvice.class)
public class SignedInPersonAdvice {

	private final SecurityProperties security;

	public SignedInPersonAdvice(SecurityProperties security) {
		this.security = security;
	}

	@ModelAttribute("person")
	public SignedInPerson person(@AuthenticationPrincipal OidcUser user) {
		return user == null ? null : SignedInPerson.of(user, security);
	}
}
