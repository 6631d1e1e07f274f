package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import uk.org.cdrfhir.support.FhirServerTestBase;

/**
 * A person signs in to the web UI with OpenID Connect against the embedded development identity
 * provider, as a browser would: redirected to sign in, the login form, back with a code, and the
 * start page showing the role and area from their token.
 */
class SignInTest extends FhirServerTestBase {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** The redirects followed last, for the failure message. */
	private final StringBuilder trail = new StringBuilder();

	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void designatedDoctorSignsInAndSeesTheirRoleAndArea() throws Exception {
		// loopback by IP: the embedded server accepts its redirect on any port (RFC 8252)
		String site = "http://127.0.0.1:" + port;

		HttpResponse<String> loginPage = follow(site + "/");
		assertThat(loginPage.uri().getPath()).isEqualTo("/login");
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).as(loginPage.body()).isTrue();

		HttpResponse<String> signedIn = follow(submit(site + "/login",
				"username=doctor.bedfordshire&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));

		assertThat(signedIn.statusCode()).as(trail + signedIn.body()).isEqualTo(200);
		assertThat(signedIn.uri().getPath()).isEqualTo("/");
		assertThat(signedIn.body()).contains("doctor.bedfordshire").contains("designated-doctor")
				.contains("designated-doctor-bedfordshire");
	}

	@Test
	void aWrongPasswordDoesNotSignIn() throws Exception {
		String site = "http://127.0.0.1:" + port;
		HttpResponse<String> loginPage = follow(site + "/");
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> refused = follow(submit(site + "/login",
				"username=manager&password=wrong&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));

		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).contains("error");
	}

	/** GETs a page and follows redirects as a browser does, returning the last response. */
	private HttpResponse<String> follow(String url) throws Exception {
		return follow(browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString()));
	}

	private HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
		HttpResponse<String> current = response;
		trail.setLength(0);
		for (int hops = 0; hops < 15 && current.statusCode() / 100 == 3; hops++) {
			URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
			trail.append(current.statusCode()).append(' ').append(next).append('\n');
			current = browser.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}
		return current;
	}

	private HttpResponse<String> submit(String url, String form) throws Exception {
		return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}
}
