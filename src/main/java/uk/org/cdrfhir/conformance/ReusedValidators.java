package uk.org.cdrfhir.conformance;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

import org.hl7.fhir.r5.elementmodel.Element;

/**
 * Validators waiting for their next document. Upstream's validator reads its 1.5 MB OID registry
 * each time one is built (about 12 ms of CPU, more than the rest of a notification's validation),
 * so one is reused, one document at a time, for up to {@link #DOCUMENTS_PER_VALIDATOR} documents,
 * forgetting each ({@link DocumentInstanceValidator#forget}). What a validator still keeps of a
 * document it forgot (a few detached elements per code checked, in upstream's codings observer)
 * grows with every document, so it is then dropped; and at most one per write turn waits idle, so
 * a burst of validations leaves nothing behind. Thread-safe.
 */
final class ReusedValidators {

	/** Spreads the registry's 12 ms over enough documents to vanish, while what upstream keeps stays small. */
	static final int DOCUMENTS_PER_VALIDATOR = 32;

	/** As many as writes validated at once by default (hapi.fhir.max-concurrent-writes: processors + 1). */
	private final BlockingQueue<DocumentInstanceValidator> idle = new ArrayBlockingQueue<>(
			Runtime.getRuntime().availableProcessors() + 1);

	/** A validator for one document, used by the caller alone until it is given back. */
	DocumentInstanceValidator take(Supplier<DocumentInstanceValidator> newValidator) {
		DocumentInstanceValidator validator = idle.poll();
		return validator != null ? validator : newValidator.get();
	}

	/**
	 * Takes back a validator that has validated {@code document} (null if none could be read): it
	 * forgets the document, and waits for another unless worn or enough are waiting.
	 */
	void giveBack(DocumentInstanceValidator validator, Element document) {
		validator.forget(document);
		if (validator.validationsForgotten() < DOCUMENTS_PER_VALIDATOR) {
			idle.offer(validator);
		}
	}
}
