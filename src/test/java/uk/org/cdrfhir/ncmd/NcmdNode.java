package uk.org.cdrfhir.ncmd;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import uk.org.cdrfhir.CdrFhirApplication;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.TestDatabaseExtension;
import uk.org.cdrfhir.support.TestNotifications;
import uk.org.cdrfhir.support.TestTokens;

/**
 * One server node of its own (a Spring context on a random port) on a given database, with NCMD
 * delivery on, sending to the test's receiver, on the test's clock. Closing it is stopping the node;
 * a new one on the same database is the node restarted.
 */
final class NcmdNode implements AutoCloseable {

	private static final Pattern CASE_ID = Pattern.compile("EpisodeOfCare/(\\d+)");
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final ConfigurableApplicationContext context;
	private final int port;

	NcmdNode(TestDatabaseExtension.Connectable database, String endpoint, MutableClock clock) {
		List<String> arguments = new ArrayList<>(List.of(
				"--server.port=0",
				"--spring.datasource.url=" + database.url(),
				"--spring.datasource.username=" + database.user(),
				"--spring.datasource.password=" + database.password(),
				"--cdr.ncmd.enabled=true",
				"--cdr.ncmd.endpoint=" + endpoint,
				"--cdr.ncmd.credentials.bearer-token=ncmd-test-token",
				"--cdr.ncmd.poll-interval=200ms",
				"--cdr.ncmd.connect-timeout=1s",
				"--cdr.ncmd.read-timeout=1s",
				"--cdr.ncmd.first-retry=10m",
				"--cdr.ncmd.max-retry=2h",
				"--cdr.ncmd.alert-margin=12h"));
		context = new SpringApplicationBuilder(CdrFhirApplication.class)
				.initializers(starting -> starting.getBeanFactory().registerSingleton("testClock", clock))
				.run(arguments.toArray(String[]::new));
		port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Notifies a new child's death as the demo EPR; returns the id of the case it opened. */
	String notifyNewChild() throws IOException, InterruptedException {
		TestNotifications notification = TestNotifications.newChild(bean(CdrPackage.class));
		String body = bean(FhirContext.class).newJsonParser().encodeResourceToString(notification.bundle());
		String serverBase = "http://localhost:" + port;
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(serverBase + "/fhir/Bundle"))
				.header("Authorization", "Bearer " + TestTokens.of(serverBase, DemoClient.NOTIFIER))
				.header("Content-Type", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		Matcher caseId = CASE_ID.matcher(response.body());
		if (response.statusCode() != 201 || !caseId.find()) {
			throw new AssertionError("notification not accepted: " + response.statusCode() + " " + response.body());
		}
		return caseId.group(1);
	}

	NcmdOutbox.Entry outboxEntry(String caseId) {
		return bean(NcmdOutbox.class).findByCase(caseId).orElseThrow(() -> new AssertionError("no outbox entry for case " + caseId));
	}

	List<Task> tasksOf(String caseId) {
		SearchParameterMap byCase = SearchParameterMap.newSynchronous()
				.add(Task.SP_FOCUS, new ReferenceParam(new IdType("EpisodeOfCare", caseId).getValue()));
		return bean(DaoRegistry.class).getResourceDao(Task.class).searchForResources(byCase, new SystemRequestDetails())
				.stream().map(Task.class::cast).toList();
	}

	/** The audit events of the attempts to send one NCMD message. */
	List<AuditEvent> exportsOf(String messageId) {
		SearchParameterMap exports = SearchParameterMap.newSynchronous()
				.add(AuditEvent.SP_TYPE, new TokenParam("http://dicom.nema.org/resources/ontology/DCM", "110106"));
		return bean(DaoRegistry.class).getResourceDao(AuditEvent.class).searchForResources(exports, new SystemRequestDetails())
				.stream().map(AuditEvent.class::cast)
				.filter(event -> event.getEntity().stream()
						.anyMatch(entity -> messageId.equals(entity.getWhat().getIdentifier().getValue())))
				.toList();
	}

	@Override
	public void close() {
		context.close();
	}
}
