package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.sun.net.httpserver.HttpServer;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * Bodies made to attack the parser, sent by a caller allowed to create anything (the CDR Manager):
 * XML external entities (a local file, a URL), entity expansion (billion laughs) and nesting ten
 * thousand levels deep, in JSON and XML. Each is refused at once with a 4xx and an OperationOutcome,
 * discloses nothing, fetches nothing, stores nothing, and the server answers the next request.
 */
class HostileInputTest extends FhirServerTestBase {

	private static final String XML = "application/fhir+xml";
	private static final String JSON = "application/fhir+json";
	private static final Duration QUICKLY = Duration.ofSeconds(10);
	private static final int DEPTH = 10_000;

	@Autowired
	private CdrPackage cdrPackage;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	/** Where an external entity or DTD by URL points: it must never be asked for anything. */
	private HttpServer entityHost;
	private final List<String> fetched = new CopyOnWriteArrayList<>();
	private int patientsBefore;
	private int bundlesBefore;

	@BeforeEach
	void startEntityHostAndCount() throws Exception {
		entityHost = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		entityHost.createContext("/", exchange -> {
			fetched.add(exchange.getRequestURI().toString());
			byte[] answer = "<!ENTITY leaked \"fetched-by-the-server\">".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		entityHost.start();
		patientsBefore = count("Patient");
		bundlesBefore = count("Bundle");
	}

	@AfterEach
	void nothingFetchedNothingStoredAndTheServerStillAnswers() throws Exception {
		entityHost.stop(0);
		assertThat(fetched).as("URLs the server fetched for the request").isEmpty();
		assertThat(get("/fhir/metadata").statusCode()).isEqualTo(200);
		assertThat(count("Patient")).isEqualTo(patientsBefore);
		assertThat(count("Bundle")).isEqualTo(bundlesBefore);
	}

	@Test
	void patientWithAnExternalFileEntity() throws Exception {
		String body = withDoctype(patientXml("&xxe;"), "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">");
		assertRefusedQuickly("/Patient", XML, body);
	}

	@Test
	void patientWithAnExternalUrlEntity() throws Exception {
		String body = withDoctype(patientXml("&xxe;"), "<!ENTITY xxe SYSTEM \"" + entityHostUrl() + "/xxe\">");
		assertRefusedQuickly("/Patient", XML, body);
	}

	@Test
	void patientWithAnExternalDtdByParameterEntity() throws Exception {
		String body = withDoctype(patientXml("&leaked;"),
				"<!ENTITY % remote SYSTEM \"" + entityHostUrl() + "/evil.dtd\"> %remote;");
		assertRefusedQuickly("/Patient", XML, body);
	}

	@Test
	void notificationWithAnExternalFileEntity() throws Exception {
		assertRefusedQuickly("/Bundle", XML, withDoctype(notificationXml("&xxe;"), "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"));
	}

	@Test
	void notificationWithAnExternalUrlEntity() throws Exception {
		assertRefusedQuickly("/Bundle", XML,
				withDoctype(notificationXml("&xxe;"), "<!ENTITY xxe SYSTEM \"" + entityHostUrl() + "/xxe\">"));
	}

	@Test
	void billionLaughs() throws Exception {
		StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"")
					.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
		}
		assertRefusedQuickly("/Patient", XML, withDoctype(patientXml("&lol9;"), entities.toString()));
	}

	@Test
	void jsonExtensionsNestedTenThousandDeep() throws Exception {
		String extension = "{\"url\":\"https://example.org/nested\",\"extension\":[";
		String body = "{\"resourceType\":\"Patient\",\"extension\":[" + extension.repeat(DEPTH)
				+ "{\"url\":\"https://example.org/nested\",\"valueString\":\"x\"}" + "]}".repeat(DEPTH) + "]}";
		assertRefusedQuickly("/Patient", JSON, body);
	}

	@Test
	void jsonArraysNestedTenThousandDeep() throws Exception {
		String body = "{\"resourceType\":\"Patient\",\"name\":" + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "}";
		assertRefusedQuickly("/Patient", JSON, body);
	}

	@Test
	void jsonNotificationNestedTenThousandDeep() throws Exception {
		String notification = fhirContext.newJsonParser().encodeResourceToString(
				TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ").bundle());
		String extension = "{\"url\":\"https://example.org/nested\",\"extension\":[";
		String body = notification.replaceFirst("^\\{", "{\"extension\":[" + extension.repeat(DEPTH)
				+ "{\"url\":\"https://example.org/nested\",\"valueString\":\"x\"}" + "]}".repeat(DEPTH) + "],");
		assertRefusedQuickly("/Bundle", JSON, body);
	}

	@Test
	void xmlExtensionsNestedTenThousandDeep() throws Exception {
		String open = "<extension url=\"https://example.org/nested\">";
		String body = "<Patient xmlns=\"http://hl7.org/fhir\">" + open.repeat(DEPTH) + "<valueString value=\"x\"/>"
				+ "</extension>".repeat(DEPTH) + "</Patient>";
		assertRefusedQuickly("/Patient", XML, body);
	}

	private void assertRefusedQuickly(String fhirPath, String contentType, String body) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(fhirBase() + fhirPath))
				.header("Authorization", "Bearer " + token(DemoClient.CDR_MANAGER))
				.header("Content-Type", contentType)
				.header("Accept", JSON)
				.timeout(QUICKLY.multipliedBy(3))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
		assertThat(parse(response.body())).isInstanceOf(OperationOutcome.class);
		assertThat(response.body()).doesNotContain("root:").doesNotContain("fetched-by-the-server")
				.doesNotContain("lollollol");
		assertThat(took).as("time to refuse").isLessThan(QUICKLY);
	}

	/** The XML declaration, then a DOCTYPE with the given internal subset, then the document. */
	private static String withDoctype(String xml, String internalSubset) {
		String root = xml.substring(1, xml.indexOf(' '));
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [" + internalSubset + "]>\n" + xml;
	}

	/** A Patient whose narrative holds the given entity reference. */
	private String patientXml(String entityReference) {
		Patient patient = new Patient();
		patient.addName().setFamily("Hostile");
		return withEntityInNarrative(fhirContext.newXmlParser().encodeResourceToString(withNarrative(patient)), entityReference);
	}

	/** A valid notification whose child's narrative holds the given entity reference. */
	private String notificationXml(String entityReference) {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ");
		withNarrative(notification.child());
		return withEntityInNarrative(fhirContext.newXmlParser().encodeResourceToString(notification.bundle()), entityReference);
	}

	private static Patient withNarrative(Patient patient) {
		patient.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
				.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">ENTITY-HERE</div>");
		return patient;
	}

	private static String withEntityInNarrative(String xml, String entityReference) {
		assertThat(xml).containsOnlyOnce("ENTITY-HERE");
		return xml.replace("ENTITY-HERE", entityReference);
	}

	private String entityHostUrl() {
		return "http://127.0.0.1:" + entityHost.getAddress().getPort();
	}
}
