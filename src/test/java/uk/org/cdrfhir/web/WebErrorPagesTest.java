package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.WebSession;

/**
 * What a signed-in person sees when a page cannot answer: an address or a form it cannot read (an
 * edited link, a form sent without a field) is a 400 page that says what it could not read, and any other error is the site's own error page
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
	void aFormSentWithoutAFieldIsABadRequestPageNamingIt() throws Exception {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(browser.get("/").body());
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> answer = browser.submit("/cases/1/transfer", "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("The form did not send area.").contains("nhsuk-header");
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
