package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.RawHttp;

/**
 * The browser-facing side: every HTML page forbids inline script and style (Content-Security-Policy)
 * and has none; the session cookie is SameSite and, behind TLS, Secure; HSTS is sent when the
 * request came over HTTPS through a trusted proxy, and a forwarded header from anyone else is ignored.
 */
class WebHardeningTest extends FhirServerTestBase {

	private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
	/** A script element with content or without a src, an inline style element or attribute, an event handler attribute. */
	private static final Pattern INLINE = Pattern.compile(
			"<script(?![^>]*\\bsrc=)[^>]*>|<style\\b|\\s(th:)?style=|\\son[a-z]+=", Pattern.CASE_INSENSITIVE);
	private static final String TRUSTED_PROXY = "127.0.0.1";
	private static final String ANOTHER_HOST = "127.0.0.2";

	@ParameterizedTest
	@ValueSource(strings = {"/ig", "/ig/pages/notification", "/ig/profiles", "/ig/profiles/cdr-child", "/ig/examples",
			"/ig/terminology", "/ig/terminology/cdr-review-stage",
			"/ig/profiles/no-such-profile", "/login"})
	void everyHtmlPageForbidsInlineScriptAndStyleAndHasNone(String page) throws IOException {
		RawHttp.Answer answer = RawHttp.get(port, page);

		assertThat(answer.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
				.contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval"));
		if (page.startsWith("/ig")) {
			assertThat(INLINE.matcher(answer.body()).find()).as(page + " has inline script or style").isFalse();
		}
	}

	@Test
	void noTemplateHasInlineScriptOrStyle() throws IOException {
		List<Path> templates;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter(file -> file.toString().endsWith(".html")).toList();
		}
		assertThat(templates).isNotEmpty();
		for (Path template : templates) {
			assertThat(INLINE.matcher(Files.readString(template)).find()).as(template + " has inline script or style").isFalse();
		}
	}

	@Test
	void theSessionCookieIsSameSiteAndNotSecureOverPlainHttp() throws IOException {
		RawHttp.Answer answer = RawHttp.get(port, "/");

		assertThat(sessionCookie(answer)).contains("SameSite=Lax").contains("HttpOnly").doesNotContain("Secure");
		assertThat(answer.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void behindTheTrustedProxyOverHttpsTheSessionCookieIsSecureAndHstsIsSent() throws IOException {
		RawHttp.Answer answer = RawHttp.getFrom(TRUSTED_PROXY, port, "/", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.7");

		assertThat(sessionCookie(answer)).contains("SameSite=Lax").contains("Secure");
		assertThat(answer.header("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
	}

	@Test
	void forwardedHeadersFromAHostThatIsNotATrustedProxyAreIgnored() throws IOException {
		RawHttp.Answer answer = RawHttp.getFrom(ANOTHER_HOST, port, "/", "X-Forwarded-Proto: https",
				"X-Forwarded-For: 203.0.113.7");

		assertThat(sessionCookie(answer)).doesNotContain("Secure");
		assertThat(answer.header("Strict-Transport-Security")).isEmpty();
	}

	private static String sessionCookie(RawHttp.Answer answer) {
		return answer.all("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
				.orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
	}
}
