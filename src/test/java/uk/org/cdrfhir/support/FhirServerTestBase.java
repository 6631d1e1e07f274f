package uk.org.cdrfhir.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;

/**
 * Clients for a {@link FhirServerTest}: HAPI's generic client and raw HTTP, with real tokens from the
 * embedded authorization server. Requests are made as the CDR Manager's system unless a test says
 * otherwise ({@link #as(DemoClient)}, or the methods taking a {@link DemoClient}).
 */
@FhirServerTest
public abstract class FhirServerTestBase {

	private static final Pattern CASE_ID = Pattern.compile("EpisodeOfCare/(\\d+)");

	@LocalServerPort
	protected int port;

	@Autowired
	protected FhirContext fhirContext;

	protected IGenericClient client;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@BeforeEach
	protected void createClient() {
		fhirContext.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
		fhirContext.getRestfulClientFactory().setSocketTimeout(60_000);
		client = as(DemoClient.CDR_MANAGER);
	}

	/** A generic client calling as the demo system of a role. */
	protected IGenericClient as(DemoClient demoClient) {
		IGenericClient generic = fhirContext.newRestfulGenericClient(fhirBase());
		generic.registerInterceptor(new BearerTokenAuthInterceptor(token(demoClient)));
		return generic;
	}

	protected String token(DemoClient demoClient) {
		return TestTokens.of(serverBase(), demoClient);
	}

	protected String fhirBase() {
		return "http://localhost:" + port + "/fhir";
	}

	protected String serverBase() {
		return "http://localhost:" + port;
	}

	/** GET a path of the server (not only the FHIR API) as the CDR Manager's system. */
	protected HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return get(DemoClient.CDR_MANAGER, pathAndQuery);
	}

	protected HttpResponse<String> get(DemoClient demoClient, String pathAndQuery) throws IOException, InterruptedException {
		return http.send(authorized(HttpRequest.newBuilder(URI.create(serverBase() + pathAndQuery)), demoClient).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** GET a path without any token. */
	protected HttpResponse<String> getAnonymously(String pathAndQuery) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(serverBase() + pathAndQuery)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> post(String fhirPath, String contentType, byte[] body)
			throws IOException, InterruptedException {
		return post(DemoClient.CDR_MANAGER, fhirPath, contentType, body);
	}

	protected HttpResponse<String> post(DemoClient demoClient, String fhirPath, String contentType, byte[] body)
			throws IOException, InterruptedException {
		return http.send(authorized(HttpRequest.newBuilder(URI.create(fhirBase() + fhirPath)), demoClient)
						.header("Content-Type", contentType)
						.POST(HttpRequest.BodyPublishers.ofByteArray(body))
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** POST a FHIR JSON body with one extra header (e.g. If-None-Exist). */
	protected HttpResponse<String> postWithHeader(DemoClient demoClient, String fhirPath, byte[] jsonBody, String header,
			String value) throws IOException, InterruptedException {
		return http.send(authorized(HttpRequest.newBuilder(URI.create(fhirBase() + fhirPath)), demoClient)
						.header("Content-Type", "application/fhir+json")
						.header(header, value)
						.POST(HttpRequest.BodyPublishers.ofByteArray(jsonBody))
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	protected HttpResponse<String> send(String method, String fhirPath, String jsonBody)
			throws IOException, InterruptedException {
		return send(DemoClient.CDR_MANAGER, method, fhirPath, jsonBody);
	}

	protected HttpResponse<String> send(DemoClient demoClient, String method, String fhirPath, String jsonBody)
			throws IOException, InterruptedException {
		HttpRequest.BodyPublisher body = jsonBody == null
				? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(jsonBody);
		return http.send(authorized(HttpRequest.newBuilder(URI.create(fhirBase() + fhirPath)), demoClient)
						.header("Content-Type", "application/fhir+json")
						.method(method, body)
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder authorized(HttpRequest.Builder request, DemoClient demoClient) {
		return request.header("Authorization", "Bearer " + token(demoClient));
	}

	/** Submits a notification document as the demo EPR; returns the id of the case it was placed in. */
	protected String notifyCase(TestNotifications notification) throws IOException, InterruptedException {
		HttpResponse<String> response = post(DemoClient.NOTIFIER, "/Bundle", "application/fhir+json",
				fhirContext.newJsonParser().encodeResourceToString(notification.bundle()).getBytes(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		Matcher caseId = CASE_ID.matcher(response.body());
		assertThat(caseId.find()).as(response.body()).isTrue();
		return caseId.group(1);
	}

	/** Parses a response body in whichever encoding the server chose. */
	protected IBaseResource parse(String body) {
		return EncodingEnum.detectEncoding(body).newParser(fhirContext).parseResource(body);
	}

	/** The number of stored resources of a type, asked the server. */
	protected int count(String resourceType) {
		Bundle result = client.search().forResource(resourceType).summaryMode(ca.uhn.fhir.rest.api.SummaryEnum.COUNT)
				.returnBundle(Bundle.class).execute();
		return result.getTotal();
	}
}
