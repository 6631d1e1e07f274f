package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.TokenParam;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * The role matrix, over real HTTP with real tokens from the embedded authorization server: every
 * role against every kind of record and interaction, each expected to be allowed or refused with a
 * given status, and each leaving exactly one AuditEvent with the matching outcome.
 *
 * <p>The expectations are written out by hand from the architecture's role table, row by row: a
 * Bedford resident's case (routed to the Bedfordshire designated doctor) and a Luton resident's,
 * both notified by the demo EPR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends FhirServerTestBase {

	/** Columns: the demo system of each role. */
	private static final DemoClient[] ROLES = {DemoClient.NOTIFIER, DemoClient.DOCTOR_BEDFORDSHIRE,
			DemoClient.DOCTOR_LUTON, DemoClient.CDR_MANAGER, DemoClient.PANEL_MEMBER, DemoClient.ICS_ANALYST,
			DemoClient.ADMINISTRATOR};

	// @formatter:off
	/** request | expected status for: notifier, doctor Bedfordshire, doctor Luton, CDR Manager, panel member, ICS analyst, administrator */
	private static final String MATRIX = """
			GET EpisodeOfCare/{bedsCase}                        | 403 200 404 200 403 403 403
			GET EpisodeOfCare/{lutonCase}                       | 403 404 200 200 403 403 403
			GET EpisodeOfCare?_count=5                          | 403 200 200 200 403 403 403
			PUT EpisodeOfCare/{bedsCase}                        | 403 200 404 200 403 403 403
			GET Task/{bedsTask}                                 | 403 200 404 200 403 403 403
			GET Task/{lutonTask}                                | 403 404 200 200 403 403 403
			GET Task?_count=5                                   | 403 200 200 200 403 403 403
			PUT Task/{bedsTask}                                 | 403 200 404 200 403 403 403
			POST Task                                           | 403 201 201 201 403 403 403
			POST Task if-none-exist                             | 403 403 403 201 403 403 403
			GET Patient/{bedsChild}                             | 403 200 404 200 403 403 403
			GET Patient?_count=5                                | 403 200 200 200 403 403 403
			GET Patient/{bedsChild}/$everything                 | 403 403 403 200 403 403 403
			POST Bundle                                         | 201 403 403 201 403 403 403
			GET Bundle/{bedsNotification}                       | 200 200 404 200 403 403 403
			GET Bundle/{lutonNotification}                      | 200 404 200 200 403 403 403
			GET Bundle?_count=5                                 | 200 200 200 200 403 403 403
			PUT Bundle/{bedsNotification}                       | 403 403 403 405 403 403 403
			DELETE Bundle/{bedsNotification}                    | 403 403 403 405 403 403 403
			POST $process-message                               | 200 403 403 200 403 403 403
			POST Bundle/$validate                               | 200 200 200 200 403 403 200
			DELETE Observation/{disposable}                     | 403 403 403 200 403 403 403
			POST Observation/{disposable}/$expunge              | 403 403 403 403 403 403 403
			POST EpisodeOfCare/{bedsCase}/$advance-stage        | 403 409 404 409 403 403 403
			POST EpisodeOfCare/{lutonCase}/$advance-stage       | 403 404 409 409 403 403 403
			POST EpisodeOfCare/{bedsCase}/$request-reports      | 403 403 403 409 403 403 403
			GET Composition/{panelSummary}                      | 403 404 404 200 200 403 403
			GET Composition?_count=5                            | 403 200 200 200 200 403 403
			GET MeasureReport/{measureReport}                   | 403 404 404 200 403 200 403
			GET MeasureReport?_count=5                          | 403 200 200 200 403 200 403
			POST MeasureReport                                  | 403 403 403 201 403 403 403
			GET Measure/cdr-child-deaths/$evaluate-measure?periodStart=2025-04-01&periodEnd=2026-03-31 | 403 403 403 200 403 200 403
			GET Measure/cdr-child-deaths/$evaluate-measure?periodStart=2025-04-01&periodEnd=2026-03-31&subject=Patient/{bedsChild} | 403 403 403 400 403 400 403
			GET StructureDefinition?url={caseProfile}           | 200 200 200 200 200 200 200
			POST CodeSystem                                     | 403 403 403 403 403 403 201
			GET AuditEvent?_count=1                             | 403 200 200 403 403 403 200
			POST AuditEvent                                     | 403 403 403 403 403 403 403
			GET Subscription                                    | 403 403 403 403 403 403 200
			GET EpisodeOfCare?_has:Task:focus:status=requested  | 403 403 403 200 403 403 403
			GET Task?patient.name=Nobody                        | 403 403 403 200 403 403 403
			GET EpisodeOfCare/_history                          | 403 403 403 200 403 403 403
			GET _history                                        | 403 403 403 403 403 403 403
			POST transaction                                    | 403 403 403 200 403 403 403
			""";
	// @formatter:on

	private static final Pattern CASE_ID = Pattern.compile("EpisodeOfCare/(\\d+)");
	private static final Pattern BUNDLE_ID = Pattern.compile("Bundle/(\\d+)");

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private DaoRegistry daoRegistry;

	private final Map<String, String> ids = new HashMap<>();
	private final AtomicInteger serial = new AtomicInteger();

	@BeforeAll
	void twoCasesNotifiedByTheDemoEpr() throws Exception {
		createClient();
		notify("beds", TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		notify("luton", TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));

		Composition summary = new Composition();
		summary.getMeta().addProfile(AccessPolicy.PANEL_SUMMARY_PROFILE);
		summary.setStatus(Composition.CompositionStatus.FINAL).setDate(new Date()).setTitle("Panel summary");
		summary.getType().setText("CDR panel summary");
		summary.addAuthor().setDisplay("CDR panel");
		ids.put("panelSummary", daoRegistry.getResourceDao(Composition.class).create(summary, new SystemRequestDetails())
				.getId().getIdPart());
		ids.put("measureReport", daoRegistry.getResourceDao(MeasureReport.class).create(measureReport(), new SystemRequestDetails())
				.getId().getIdPart());
		ids.put("caseProfile", "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-case");
	}

	private void notify(String name, TestNotifications notification) throws Exception {
		HttpResponse<String> response = post(DemoClient.NOTIFIER, "/Bundle", "application/fhir+json", json(notification.bundle()));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		ids.put(name + "Case", find(CASE_ID, response.body()));
		ids.put(name + "Notification", find(BUNDLE_ID, response.headers().firstValue("Location").orElseThrow()));
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(ids.get(name + "Case")).execute();
		ids.put(name + "Child", episode.getPatient().getReferenceElement().getIdPart());
		Bundle tasks = client.search().forResource(Task.class).where(Task.FOCUS.hasId("EpisodeOfCare/" + ids.get(name + "Case")))
				.returnBundle(Bundle.class).execute();
		ids.put(name + "Task", tasks.getEntryFirstRep().getResource().getIdElement().getIdPart());
	}

	Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (String row : MATRIX.strip().split("\n")) {
			String[] parts = row.split("\\|");
			String[] expected = parts[1].trim().split("\\s+");
			assertThat(expected).hasSize(ROLES.length);
			for (int i = 0; i < ROLES.length; i++) {
				cases.add(Arguments.of(ROLES[i], parts[0].trim(), Integer.parseInt(expected[i])));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@MethodSource("matrix")
	void eachRoleIsAllowedOrRefusedAsTheMatrixSaysAndEachRequestIsAudited(DemoClient role, String request, int expected)
			throws Exception {
		Request prepared = prepare(request);
		Instant start = Instant.now();
		Set<String> eventsBefore = auditEventIds(role, start);

		HttpResponse<String> response = prepared.sendAs(role);

		assertThat(response.statusCode()).as(role + " " + request + ": " + response.body()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.body()).contains("OperationOutcome");
		}
		Set<String> newEvents = auditEventIds(role, start);
		newEvents.removeAll(eventsBefore);
		// one event with the request; an access that spanned several areas adds one per area, without it
		List<AuditEvent> withRequest = newEvents.stream().map(id -> daoRegistry.getResourceDao(AuditEvent.class)
						.read(new org.hl7.fhir.r4.model.IdType("AuditEvent", id), new SystemRequestDetails()))
				.filter(audited -> audited.getEntity().stream().anyMatch(AuditEvent.AuditEventEntityComponent::hasQuery))
				.toList();
		assertThat(withRequest).as("audit events of " + role + " for " + request).hasSize(1);
		AuditEvent event = withRequest.get(0);
		assertThat(event.getOutcome().toCode()).isEqualTo(expected < 300 ? "0" : "4");
		assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(role.clientId());
	}

	/** A request ready to send: its path filled in and its body made, before anything is counted. */
	private interface Request {
		HttpResponse<String> sendAs(DemoClient role) throws Exception;
	}

	private Request prepare(String request) throws Exception {
		String[] words = request.split(" ");
		String method = words[0];
		String path = "/" + fill(words[1]);
		String type = path.substring(1);
		if (method.equals("GET")) {
			return role -> get(role, "/fhir" + path);
		}
		if (method.equals("DELETE")) {
			return role -> send(role, "DELETE", path, null);
		}
		if (method.equals("PUT")) {
			String current = get(DemoClient.CDR_MANAGER, "/fhir" + path).body();
			return role -> send(role, "PUT", path, current);
		}
		if (type.equals("Task") && words.length > 2 && words[2].equals("if-none-exist")) {
			String identifier = "urn:test|" + UUID.randomUUID();
			Task task = task();
			task.addIdentifier().setSystem("urn:test").setValue(identifier.substring("urn:test|".length()));
			return role -> postWithHeader(role, "/Task", json(task), "If-None-Exist", "identifier=" + identifier);
		}
		byte[] body = switch (type) {
			case "Task" -> json(task());
			case "Bundle" -> json(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ").bundle());
			case "$process-message" -> json(cdrPackage.examples().get("Bundle-notification-message-unexpected-home.json"));
			case "Bundle/$validate" -> json(TestNotifications.newChild(cdrPackage).bundle());
			case "MeasureReport" -> json(measureReport());
			case "CodeSystem" -> ("{\"resourceType\":\"CodeSystem\",\"url\":\"https://example.org/cs-" + UUID.randomUUID()
					+ "\",\"status\":\"draft\",\"content\":\"not-present\"}").getBytes(StandardCharsets.UTF_8);
			case "AuditEvent" -> json(new AuditEvent());
			case "transaction" -> json(transaction());
			default -> {
				if (type.endsWith("/$expunge")) {
					yield "{\"resourceType\":\"Parameters\"}".getBytes(StandardCharsets.UTF_8);
				}
				if (type.endsWith("/$advance-stage")) {
					// allowed or not, the case is not ready (NCMD not yet notified): nothing changes for the next rows
					yield "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"stage\",\"valueCode\":\"information-gathering\"}]}"
							.getBytes(StandardCharsets.UTF_8);
				}
				if (type.endsWith("/$request-reports")) {
					yield ("{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"form\",\"valueCanonical\":"
							+ "\"https://cdr-fhir.org.uk/fhir/Questionnaire/cdr-reporting-form-police\"}]}").getBytes(StandardCharsets.UTF_8);
				}
				throw new IllegalArgumentException(request);
			}
		};
		String target = type.equals("transaction") ? "" : path;
		return role -> post(role, target, "application/fhir+json", body);
	}

	private String fill(String template) {
		String filled = template;
		if (filled.contains("{disposable}")) {
			Observation observation = new Observation();
			observation.setStatus(Observation.ObservationStatus.FINAL).getCode().setText("disposable " + serial.incrementAndGet());
			filled = filled.replace("{disposable}", daoRegistry.getResourceDao(Observation.class)
					.create(observation, new SystemRequestDetails()).getId().getIdPart());
		}
		for (Map.Entry<String, String> id : ids.entrySet()) {
			filled = filled.replace("{" + id.getKey() + "}", id.getValue());
		}
		return filled;
	}

	/** The role's events since about then: a few, where a whole test run's would be more than a synchronous search returns. */
	private Set<String> auditEventIds(DemoClient role, Instant start) {
		SearchParameterMap query = SearchParameterMap.newSynchronous().add("altid", new TokenParam(role.clientId()))
				.add("date", new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, Date.from(start.minusSeconds(1))));
		Set<String> result = new HashSet<>();
		daoRegistry.getResourceDao(AuditEvent.class).search(query, new SystemRequestDetails()).getAllResources()
				.forEach(event -> result.add(event.getIdElement().getIdPart()));
		return result;
	}

	private static Task task() {
		Task task = new Task();
		task.setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER).getCode().setText("access test");
		return task;
	}

	private static MeasureReport measureReport() {
		MeasureReport report = new MeasureReport();
		report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE).setType(MeasureReport.MeasureReportType.SUMMARY)
				.setMeasure("https://cdr-fhir.org.uk/fhir/Measure/cdr-child-deaths");
		report.getPeriod().setStart(new Date()).setEnd(new Date());
		return report;
	}

	private static Bundle transaction() {
		Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL).getCode().setText("in a transaction");
		bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(observation)
				.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
		return bundle;
	}

	private byte[] json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
		return fhirContext.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}
}
