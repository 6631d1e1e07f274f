package uk.org.cdrfhir.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class WriteAdmissionFilterTest {

	private final FhirContext fhirContext = FhirContext.forR4Cached();
	private final CountDownLatch writeStarted = new CountDownLatch(1);
	private final CountDownLatch finishWrite = new CountDownLatch(1);
	private final AtomicInteger served = new AtomicInteger();

	/** Stands for the FHIR servlet: the first write holds its turn until the test lets it finish. */
	private final HttpServlet server = new HttpServlet() {
		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) {
			served.incrementAndGet();
			if ("POST".equals(request.getMethod()) && writeStarted.getCount() > 0) {
				writeStarted.countDown();
				await(finishWrite);
			}
		}
	};

	@Test
	void aWriteBeyondTheLimitWaitsItsTurnAndOneThatWaitsTooLongGets503WithAnOperationOutcome() throws Exception {
		WriteAdmissionFilter filter = filter(1, Duration.ofMillis(200));
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> send(filter, "POST", "/fhir/Bundle"));
		assertThat(writeStarted.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse refused = send(filter, "POST", "/fhir/Bundle");
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(send(filter, "POST", "/fhir").getStatus()).as("a transaction, posted to the base, is a write too")
				.isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		OperationOutcome outcome = fhirContext.newJsonParser().parseResource(OperationOutcome.class, refused.getContentAsString());
		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(OperationOutcome.IssueType.TRANSIENT);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("busy").contains("send it again");
		assertThat(served).as("the refused write never reached the server").hasValue(1);

		// reads (searches sent as forms too), and requests outside the FHIR API (e.g. for a token), are not held back by writes
		assertThat(send(filter, "GET", "/fhir/Bundle").getStatus()).isEqualTo(200);
		assertThat(send(filter, "POST", "/fhir/Task/_search").getStatus()).isEqualTo(200);
		assertThat(send(filter, "POST", "/oauth2/token").getStatus()).isEqualTo(200);

		finishWrite.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(send(filter, "PUT", "/fhir/Task/1").getStatus()).as("the turn was given back").isEqualTo(200);
	}

	@Test
	void aWriteThatFindsAFreeTurnWithinTheTimeoutIsServed() throws Exception {
		WriteAdmissionFilter filter = filter(1, Duration.ofSeconds(10));
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> send(filter, "POST", "/fhir/Bundle"));
		assertThat(writeStarted.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> send(filter, "POST", "/fhir/Bundle"));
		Thread.sleep(100);
		assertThat(second).as("the second write waits while the first holds the only turn").isNotDone();

		finishWrite.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(served).hasValue(2);
	}

	@Test
	void aWriteKnowsWhetherItIsTheOnlyOneInProgress() throws Exception {
		WriteAdmissionFilter filter = filter(3, Duration.ofSeconds(10));
		List<Boolean> seenAlone = new CopyOnWriteArrayList<>();
		HttpServlet recording = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
				seenAlone.add(filter.isOnlyWrite());
				server.service(request, response);
			}
		};
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> send(filter, "POST", "/fhir/Bundle", recording));
		assertThat(writeStarted.await(10, TimeUnit.SECONDS)).isTrue();
		send(filter, "POST", "/fhir/Bundle", recording); // while the first is still in progress
		finishWrite.countDown();
		first.get(10, TimeUnit.SECONDS);
		send(filter, "POST", "/fhir/Bundle", recording); // alone again

		assertThat(seenAlone).containsExactly(true, false, true);
	}

	private WriteAdmissionFilter filter(int concurrentWrites, Duration queueTimeout) {
		FhirServerProperties properties = new FhirServerProperties();
		properties.setMaxConcurrentWrites(concurrentWrites);
		properties.setWriteQueueTimeout(queueTimeout);
		return new WriteAdmissionFilter(properties, fhirContext);
	}

	private MockHttpServletResponse send(WriteAdmissionFilter filter, String method, String uri) {
		return send(filter, method, uri, server);
	}

	private MockHttpServletResponse send(WriteAdmissionFilter filter, String method, String uri, HttpServlet servlet) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, new MockFilterChain(servlet));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return response;
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
