package uk.org.cdrfhir.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * The FHIR API's refusals as pages: a record it does not show the person (not there, or not theirs:
 * the API answers both alike) is a "page not found"; a refused interaction says why.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
public class WebErrors {

	private final SignedInPersonAdvice person;

	public WebErrors(SignedInPersonAdvice person) {
		this.person = person;
	}

	@ExceptionHandler({ResourceNotFoundException.class, ResourceGoneException.class})
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public String notFound(@AuthenticationPrincipal OidcUser user, Model model) {
		// an error page's model is its own: the header still shows who is signed in
		model.addAttribute("person", person.person(user));
		return "web/not-found";
	}

	@ExceptionHandler(ForbiddenOperationException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	public String forbidden(ForbiddenOperationException refused, @AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("person", person.person(user));
		model.addAttribute("problem", ApiProblem.of(refused));
		return "web/forbidden";
	}
}
