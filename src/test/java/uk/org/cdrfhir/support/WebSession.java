package uk.org.cdrfhir.support;

import java.io.IOException;
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

/**
 * A browser's session with the web UI over plain HTTP: its cookies, redirects followed as a browser
 * follows them, and the embedded identity provider's sign-in form (demo people, password "demo").
 */
public class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final String site;
	private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
	/** The redirects followed last, for a failure message. */
	private final StringBuilder trail = new StringBuilder();

	/** A new session with the server on this port, over the loopback address (the embedded provider's redirects accept any port there, RFC 8252). */
	public WebSession(int port) {
		this.site = "http://127.0.0.1:" + port;
	}

	/** Signs in as a demo person from the start page; the page the person lands on. */
	public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> loginPage = get("/");
		Matcher csrf = CSRF.matcher(loginPage.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No sign-in form at " + loginPage.uri() + ":\n" + trail + loginPage.body());
		}
		return follow(submit("/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
	}

	/** GETs a page (a path on the site) as a browser asks for HTML, following redirects. */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return follow(send(path, HttpResponse.BodyHandlers.ofString()));
	}

	/** GETs a document (e.g. a PDF) as bytes, without following redirects. */
	public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return send(path, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** POSTs a form, without following the redirect it answers with. */
	public HttpResponse<String> submit(String path, String form) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(site + path)).header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Follows an answer's redirects as a browser does, returning the last response. */
	public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
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

	/** The redirects the last {@link #follow} went through. */
	public String trail() {
		return trail.toString();
	}

	private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
		return browser.send(HttpRequest.newBuilder(URI.create(site + path)).header("Accept", "text/html").GET().build(), body);
	}
}
