package uk.org.cdrfhir.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * Many nodes or retrying clients at once: one death still ends in exactly one case and one set of
 * tasks. Runs on both databases; PostgreSQL is the production one.
 */
class ConcurrentNotificationTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;

	@Test
	void twentySimultaneousSubmissionsOfTheSameNotificationStoreItOnce() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").unexpected();
		String json = fhirContext.newJsonParser().encodeResourceToString(notification.bundle());

		List<HttpResponse<String>> responses = simultaneously(20, () -> json);

		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(200, 201));
		assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(1);
		assertThat(responses).extracting(r -> r.headers().firstValue("Location").orElse("")).containsOnly(
				responses.get(0).headers().firstValue("Location").orElseThrow());
		assertThat(casesOf(notification)).hasSize(1);
		assertThat(notificationsWithIdentifier(notification)).isEqualTo(1);
		assertThat(taskCodes(casesOf(notification).get(0))).containsExactlyInAnyOrder("notify-ncmd", "designated-doctor-review", "jar");
	}

	@Test
	void tenSimultaneousNotificationsOfTheSameChildMakeOneCase() throws Exception {
		TestNotifications first = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");

		List<HttpResponse<String>> responses = simultaneously(10,
				() -> fhirContext.newJsonParser().encodeResourceToString(first.fromAnotherHospital().bundle()));

		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
		List<EpisodeOfCare> cases = casesOf(first);
		assertThat(cases).hasSize(1);
		assertThat(cases.get(0).getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION)).hasSize(10);
		assertThat(taskCodes(cases.get(0))).containsExactlyInAnyOrder("notify-ncmd", "designated-doctor-review");
	}

	@Test
	void tenSimultaneousNotificationsOfDifferentChildrenAreAllReceivedAndLabelled() throws Exception {
		// a busy morning in two areas at once: each its own case, each visible to its area's doctor
		String[] postcodes = {"LU3 2SR", "MK40 1SJ"};
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

		List<HttpResponse<String>> responses = simultaneously(10, () -> fhirContext.newJsonParser().encodeResourceToString(
				TestNotifications.newChild(cdrPackage).livingAt(postcodes[next.getAndIncrement() % 2]).bundle()));

		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));
		for (HttpResponse<String> response : responses) {
			java.util.regex.Matcher caseId = java.util.regex.Pattern.compile("EpisodeOfCare/(\\d+)").matcher(response.body());
			assertThat(caseId.find()).isTrue();
			String doctor = response.body().contains("designated-doctor-luton") ? "designated-doctor-luton" : "designated-doctor-bedfordshire";
			DemoClient reader = doctor.endsWith("luton") ? DemoClient.DOCTOR_LUTON : DemoClient.DOCTOR_BEDFORDSHIRE;
			assertThat(get(reader, "/fhir/EpisodeOfCare/" + caseId.group(1)).statusCode()).as(doctor).isEqualTo(200);
		}
	}

	private List<HttpResponse<String>> simultaneously(int clients, Supplier<String> bodies) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				byte[] body = bodies.get().getBytes(StandardCharsets.UTF_8);
				Callable<HttpResponse<String>> submit = () -> {
					start.await();
					return post("/Bundle", "application/fhir+json", body);
				};
				futures.add(pool.submit(submit));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(120, TimeUnit.SECONDS));
			}
			return responses;
		} finally {
			pool.shutdownNow();
		}
	}

	private List<EpisodeOfCare> casesOf(TestNotifications notification) {
		Bundle cases = client.search().forResource(EpisodeOfCare.class)
				.where(EpisodeOfCare.PATIENT.hasChainedProperty(
						org.hl7.fhir.r4.model.Patient.IDENTIFIER.exactly().systemAndCode(CdrUrls.NHS_NUMBER_SYSTEM, notification.nhsNumber())))
				.returnBundle(Bundle.class).execute();
		return cases.getEntry().stream().map(e -> (EpisodeOfCare) e.getResource()).toList();
	}

	private int notificationsWithIdentifier(TestNotifications notification) {
		Bundle found = client.search().forResource(Bundle.class)
				.where(Bundle.IDENTIFIER.exactly().systemAndCode(notification.bundle().getIdentifier().getSystem(),
						notification.bundle().getIdentifier().getValue()))
				.returnBundle(Bundle.class).execute();
		return found.getEntry().size();
	}

	private List<String> taskCodes(EpisodeOfCare episode) {
		Bundle tasks = client.search().forResource(Task.class)
				.where(Task.FOCUS.hasId(episode.getIdElement().toUnqualifiedVersionless().getValue()))
				.returnBundle(Bundle.class).execute();
		return tasks.getEntry().stream().map(e -> ((Task) e.getResource()).getCode().getCodingFirstRep().getCode()).toList();
	}
}
