package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.WebSession;

/**
 * A person signs in to the web UI with OpenID Connect against the embedded development identity
 * provider, as a browser would: redirected to sign in, the login form, back with a code, and the
 * start page showing the role and area from their token.
 */
class SignInTest extends FhirServerTestBase {

	@Test
	void designatedDoctorSignsInAndSeesTheirRoleAndArea() throws Exception {
		WebSession browser = new WebSession(port);

		HttpResponse<String> loginPage = browser.get("/");
		assertThat(loginPage.uri().getPath()).isEqualTo("/login");
		assertThat(loginPage.body()).contains("name=\"_csrf\"");

		HttpResponse<String> signedIn = browser.signIn("doctor.bedfordshire", "demo");

		assertThat(signedIn.statusCode()).as(browser.trail() + signedIn.body()).isEqualTo(200);
		assertThat(signedIn.uri().getPath()).isEqualTo("/");
		assertThat(signedIn.body()).contains("doctor.bedfordshire").contains("designated-doctor")
				.contains("designated-doctor-bedfordshire");
	}

	@Test
	void aWrongPasswordDoesNotSignIn() throws Exception {
		HttpResponse<String> refused = new WebSession(port).signIn("manager", "wrong");

		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).contains("error");
	}
}
