package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.WebSession;

/**
 * What a signed-in person sees when a page cannot answer: an address it cannot read (an edited link)
 * is a 400 page that says what it could not read, and any other error is the site's own error page
 * in its look, never the framework's "Whitelabel" page.
 */
class WebErrorPagesTest extends FhirServerTestBase {

	private WebSession browser;

	@BeforeEach
	void signIn() throws Exception {
		browser = new WebSession(port);
		browser.signIn("manager", "demo");
	}

	@Test
	void anAddressWithAPageNumberThatIsNoNumberIsABadRequestPageSayingSo() throws Exception {
		for (String page : new String[] {"/cases?page=abc", "/tasks?type=jar&page=abc"}) {
			HttpResponse<String> answer = browser.get(page);

			assertThat(answer.statusCode()).as(page).isEqualTo(400);
			assertThat(answer.body()).as(page).contains("The address gives page=abc, which is not a whole number.")
					.contains("nhsuk-header").contains("manager").doesNotContain("Whitelabel");
		}
	}

	@Test
	void anyOtherErrorIsTheSitesErrorPage() throws Exception {
		HttpResponse<String> answer = browser.get("/cases/1/transfer"); // a form's action, asked for as a page

		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("nhsuk-header").contains("Method Not Allowed").contains("(405)")
				.doesNotContain("Whitelabel");
	}
}
