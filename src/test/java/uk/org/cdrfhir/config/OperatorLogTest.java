package uk.org.cdrfhir.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ch.qos.logback.classic.Level;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.CapturedLogs;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.RawHttp;
import uk.org.cdrfhir.support.TestChildren;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * What the operator's log shows when things go as expected under load or a client sends something
 * odd: no ERROR, no stack trace, and nothing of a child (the whole run's logs are also scanned for
 * children afterwards: {@code uk.org.cdrfhir.audit.LogsNameNoChildIT}).
 */
class OperatorLogTest extends FhirServerTestBase {

	private static final int AT_ONCE = 12;

	@Autowired
	private CdrPackage cdrPackage;

	@Test
	void simultaneousSubmissionsOfOneNotificationLogNoErrorNoStackTraceAndNothingOfTheChild() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");
		byte[] body = fhirContext.newJsonParser().encodeResourceToString(notification.bundle()).getBytes(StandardCharsets.UTF_8);

		try (CapturedLogs logs = CapturedLogs.capture()) {
			List<Integer> statuses = simultaneously(() -> post(DemoClient.NOTIFIER, "/Bundle", "application/fhir+json", body));

			assertThat(statuses).containsOnly(200, 201);
			assertThat(logs.events()).as(String.join("\n", logs.lines()))
					.noneMatch(event -> event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR));
			assertNothingOfTheChild(logs, notification.child());
		}
	}

	@Test
	void aRequestRefusedByTheAccessRulesIsOneLineWithoutStackTrace() throws Exception {
		try (CapturedLogs logs = CapturedLogs.capture()) {
			assertThat(get(DemoClient.ICS_ANALYST, "/fhir/Patient?_count=1").statusCode()).isEqualTo(403);

			assertThat(logs.events()).as(String.join("\n", logs.lines()))
					.noneMatch(event -> event.getThrowableProxy() != null || event.getLevel().isGreaterOrEqual(Level.ERROR))
					.anyMatch(event -> CapturedLogs.text(event).contains("refused with 403"));
		}
	}

	/** Simultaneous updates of one child collide in the database (its version table): the row is the child. */
	@Test
	void simultaneousUpdatesOfOneChildLogNothingOfTheChild() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(caseId).execute();
		Patient child = client.read().resource(Patient.class).withUrl(episode.getPatient().getReference()).execute();
		AtomicInteger edits = new AtomicInteger();

		try (CapturedLogs logs = CapturedLogs.capture()) {
			List<Integer> statuses = simultaneously(() -> {
				Patient edited = child.copy();
				edited.getNameFirstRep().setText("edit " + edits.incrementAndGet());
				return send(DemoClient.CDR_MANAGER, "PUT", "/Patient/" + child.getIdElement().getIdPart(),
						fhirContext.newJsonParser().encodeResourceToString(edited));
			});

			assertThat(statuses).contains(200).allSatisfy(status -> assertThat(status).isIn(200, 409));
			assertNothingOfTheChild(logs, child);
		}
	}

	@Test
	void aBadlyEncodedRequestTargetIsNotLogged() throws Exception {
		Patient child = TestNotifications.newChild(cdrPackage).child();
		String nhsNumber = child.getIdentifierFirstRep().getValue();

		try (CapturedLogs logs = CapturedLogs.capture()) {
			assertThat(RawHttp.get(port, "/fhir/Patient?identifier=" + nhsNumber + "{}").status()).isEqualTo(400);
			assertThat(RawHttp.get(port, "/fhir/Patient?identifier=%ZZ" + nhsNumber, "Authorization: Bearer "
					+ token(DemoClient.CDR_MANAGER)).status()).isBetween(200, 499);

			assertNothingOfTheChild(logs, child);
		}
	}

	private static void assertNothingOfTheChild(CapturedLogs logs, Patient child) {
		List<String> lines = logs.lines();
		for (TestChildren.ChildIdentifier identifier : TestChildren.identifiersOf(child)) {
			if (!identifier.kind().equals("birth date")) { // a date is in many lines for other reasons
				assertThat(lines).as("log lines naming the child's " + identifier.kind())
						.noneSatisfy(line -> assertThat(line).contains(identifier.value()));
			}
		}
	}

	private interface Request {
		HttpResponse<String> send() throws Exception;
	}

	/** The same request {@link #AT_ONCE} times, released together; their statuses. */
	private static List<Integer> simultaneously(Request request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < AT_ONCE; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return request.send();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			return statuses;
		} finally {
			pool.shutdownNow();
		}
	}
}
