package uk.org.cdrfhir.conformance;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.hl7.fhir.r4.model.Bundle;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.validation.ValidationResult;
import uk.org.cdrfhir.config.WriteAdmissionFilter;

/**
 * Validates a notification document on a validation thread while the request thread stores it,
 * places it in its case and starts its tasks, so the sender waits for the longer of the two rather
 * than for both in turn (at one client, validation is much of a notification's time). The storing
 * transaction must call {@link Pending#requireValid()} before it commits: an invalid notification
 * is refused with the same 422 as before and leaves nothing behind.
 *
 * <p>Only a notification that is the only write in progress is validated beside: when writes arrive
 * together every processor is busy anyway, and validating beside cost throughput (bench/RESULTS.md),
 * also with one validation beside at a time. A
 * notification among other writes is validated as it is stored, as any resource (see
 * {@link ProfileEnforcingInterceptor}).
 */
@Component
public class ValidationBesideStorage implements DisposableBean {

	private final ProfileValidator validator;
	private final ProfileEnforcingInterceptor enforcement;
	private final WriteAdmissionFilter writes;
	private final ExecutorService threads;

	public ValidationBesideStorage(ProfileValidator validator, ProfileEnforcingInterceptor enforcement,
			WriteAdmissionFilter writes) {
		this.validator = validator;
		this.enforcement = enforcement;
		this.writes = writes;
		AtomicInteger count = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), task -> {
			Thread thread = new Thread(task, "notification-validation-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** A validation running on a validation thread, or none needed. */
	public static final class Pending {
		private static final Pending NONE = new Pending(null, null, null);

		private final CompletableFuture<ValidationResult> result;
		private final Bundle document;
		private final ProfileEnforcingInterceptor enforcement;

		private Pending(CompletableFuture<ValidationResult> result, Bundle document, ProfileEnforcingInterceptor enforcement) {
			this.result = result;
			this.document = document;
			this.enforcement = enforcement;
		}

		/**
		 * Waits for the validation; refuses the write (422, with where and what) if it failed, and keeps
		 * its warnings on the document if it passed (see {@link ProfileEnforcingInterceptor#warningsFound}).
		 */
		public void requireValid() {
			if (result == null) {
				return;
			}
			try {
				enforcement.refuseIfInvalid(result.get(), document);
			} catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while validating a notification", e);
			}
		}
	}

	/**
	 * Starts validating the notification document against cdr-notification-bundle (and what it
	 * claims), from the JSON text the client sent it in, and tells {@link ProfileEnforcingInterceptor}
	 * not to validate it again when it is stored. Nothing to do for a document validated already (the
	 * notification in a message), not sent as JSON text, or among other writes (validated when
	 * stored, as any resource).
	 */
	public Pending start(Bundle document, RequestDetails request) {
		if (ProfileEnforcingInterceptor.isValidatedByCaller(document)) {
			return Pending.NONE;
		}
		String sentJson = ProfileEnforcingInterceptor.sentJson(document, request);
		if (sentJson == null || !writes.isOnlyWrite()) {
			return Pending.NONE;
		}
		var validation = validator.validationAsSent(document, sentJson,
				List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE));
		ProfileEnforcingInterceptor.validatedByCaller(document);
		return new Pending(CompletableFuture.supplyAsync(validation, threads), document, enforcement);
	}

	@Override
	public void destroy() {
		threads.shutdownNow();
	}
}
