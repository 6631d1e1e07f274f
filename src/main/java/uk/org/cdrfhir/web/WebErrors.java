package uk.org.cdrfhir.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * The FHIR API's refusals as pages: a record it does not show the person (not there, or not theirs:
 * the API answers both alike) is a "page not found"; a refused interaction says why. An address or
 * form a page cannot read (a page number that is no number) is a "bad request" page naming what it
 * could not read; any other error reaches the site's error page ({@code templates/error.html}).
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

	@ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	public String badRequest(Exception unreadable, @AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("person", person.person(user));
		model.addAttribute("reason", whatCouldNotBeRead(unreadable));
		return "web/bad-request";
	}

	private static String whatCouldNotBeRead(Exception unreadable) {
		if (unreadable instanceof MissingServletRequestParameterException missing) {
			return "The form did not send " + missing.getParameterName() + ".";
		}
		MethodArgumentTypeMismatchException mismatch = (MethodArgumentTypeMismatchException) unreadable;
		Class<?> wanted = mismatch.getRequiredType() == null ? Object.class : ClassUtils.resolvePrimitiveIfNecessary(mismatch.getRequiredType());
		return "The address gives " + mismatch.getName() + "=" + mismatch.getValue() + ", which is not "
				+ (Number.class.isAssignableFrom(wanted) ? "a whole number." : "a value this page takes.");
	}

	@ExceptionHandler(ForbiddenOperationException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	public String forbidden(ForbiddenOperationException refused, @AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("person", person.person(user));
		model.addAttribute("problem", ApiProblem.of(refused));
		return "web/forbidden";
	}
}
