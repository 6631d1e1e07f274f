package uk.org.cdrfhir.config;

import uk.org.cdrfhir.fhir.OperationOutcomes;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets at most {@code hapi.fhir.max-concurrent-writes} FHIR writes run at once; the others wait in
 * arrival order, and one that waits longer than {@code hapi.fhir.write-queue-timeout} gets 503 with
 * Retry-After and an OperationOutcome, having changed nothing. Reads are never held back.
 *
 * <p>Why: a notification's work is mostly CPU (validation), so eight at once on two cores each take
 * four times as long, hold their garbage four times as long (more survives young collections and
 * fills the old generation). Queued, the same load is served faster and with a shorter tail.
 */
@Component
public class WriteAdmissionFilter extends OncePerRequestFilter {

	private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");
	private static final int RETRY_AFTER_SECONDS = 5;

	private final int limit;
	private final Semaphore turns;
	private final Duration queueTimeout;
	private final FhirContext fhirContext;

	public WriteAdmissionFilter(FhirServerProperties properties, FhirContext fhirContext) {
		this.limit = properties.concurrentWriteLimit();
		this.turns = new Semaphore(limit, true);
		this.queueTimeout = properties.getWriteQueueTimeout();
		this.fhirContext = fhirContext;
	}

	/** True for a write taking its turn while no other write is being processed or waiting for one. */
	public boolean isOnlyWrite() {
		return turns.availablePermits() == limit - 1 && !turns.hasQueuedThreads();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !WRITE_METHODS.contains(request.getMethod())
				|| !FhirRestfulServerConfig.isFhirApi(request)
				|| request.getRequestURI().endsWith("/_search"); // a search sent as a form is a read
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!awaitTurn()) {
			OperationOutcomes.writeUnavailable(fhirContext, response, RETRY_AFTER_SECONDS,
					"The server is busy with other submissions and did not process this request; send it again later");
			return;
		}
		try {
			chain.doFilter(request, response);
		} finally {
			turns.release();
		}
	}

	private boolean awaitTurn() {
		try {
			return turns.tryAcquire(queueTimeout.toNanos(), TimeUnit.NANOSECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
