package uk.org.cdrfhir.intake;

import java.util.Optional;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hibernate.HibernateException;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.conformance.ProfileEnforcingInterceptor;
import uk.org.cdrfhir.conformance.ValidationBesideStorage;

/**
 * Receives a child death notification document, once: the same notification sent again (same
 * business identifier, same content) gets the first answer back; the same identifier with other
 * content is refused. Storing it places it in its case and routes the case, in the same transaction
 * (see the storage interceptors of intake and routing), while it is validated beside
 * ({@link ValidationBesideStorage}); the transaction commits only if it is valid (else 422).
 */
@Service
public class NotificationIntake {

	/** Concurrent requests for the same notification or child wait for each other; the losers retry. */
	private static final int ATTEMPTS = 12;

	private final DaoRegistry daoRegistry;
	private final IntakeLedger ledger;
	private final FhirContext fhirContext;
	private final IHapiTransactionService transactions;
	private final ValidationBesideStorage validations;

	public NotificationIntake(DaoRegistry daoRegistry, IntakeLedger ledger, FhirContext fhirContext,
			IHapiTransactionService transactions, ValidationBesideStorage validations) {
		this.daoRegistry = daoRegistry;
		this.ledger = ledger;
		this.fhirContext = fhirContext;
		this.transactions = transactions;
		this.validations = validations;
	}

	/** What became of a notification: its stored document, its case, and whether it was new. */
	public record Outcome(String bundleId, String caseId, boolean created, OperationOutcome report) {
	}

	public Outcome receive(Bundle notification, RequestDetails request) {
		NotificationDocument document = NotificationDocument.of(notification)
				.orElseThrow(() -> new IllegalArgumentException("not a document Bundle"));
		ValidationBesideStorage.Pending validation = null;
		for (int attempt = 1; ; attempt++) {
			Optional<Outcome> earlier = earlierReceipt(document, NotificationWorkflow.sender(request));
			if (earlier.isPresent()) {
				return earlier.get();
			}
			if (validation == null) { // a new notification: validated once, however many attempts it takes to store
				validation = validations.start(notification, request);
			}
			ValidationBesideStorage.Pending thisValidation = validation;
			TransactionDetails transaction = new TransactionDetails();
			try {
				return transactions.withRequest(request).withTransactionDetails(transaction)
						.execute(() -> store(document, thisValidation, request, transaction));
			} catch (RuntimeException e) {
				// a concurrent request holds a key of ours or changed the same case, or met ours in
				// HAPI's tag cache: ours rolled back; try again, and find its work
				if (attempt == ATTEMPTS || !(e instanceof ResourceVersionConflictException || metInHapisTagCache(e))) {
					throw e;
				}
				notification.setId((String) null);
				pause(attempt);
			}
		}
	}

	/** Stores the notification (and its case and tasks), and commits only if it is valid. */
	private Outcome store(NotificationDocument document, ValidationBesideStorage.Pending validation,
			RequestDetails request, TransactionDetails transaction) {
		String bundleId;
		try {
			bundleId = daoRegistry.getResourceDao(Bundle.class)
					.create(document.bundle(), null, true, request, transaction).getId().getIdPart();
		} catch (RuntimeException storageFailure) {
			validation.requireValid(); // an invalid notification is refused for what is wrong with it
			throw storageFailure;
		}
		validation.requireValid();
		IntakeLedger.Receipt receipt = ledger.findReceipt(document.identifierSystem(), document.identifierValue())
				.orElseThrow();
		// a case opened by this notification is in hand, in the details of the storing transaction
		Outcome outcome = outcome(bundleId, SameTransaction.read(cases(), caseId(receipt), transaction), true);
		outcome.report().getIssue().addAll(ProfileEnforcingInterceptor.warningsFound(document.bundle()));
		return outcome;
	}

	private Optional<Outcome> earlierReceipt(NotificationDocument document, Optional<String> sender) {
		if (!document.bundle().hasIdentifier() || document.identifierSystem() == null || document.identifierValue() == null) {
			return Optional.empty(); // the profile refuses it on storage, with the reason
		}
		return ledger.findReceipt(document.identifierSystem(), document.identifierValue()).map(receipt -> {
			if (!receipt.sender().equals(sender)) {
				// another sender's identifier: nothing of the first notification is told
				OperationOutcome conflict = OperationOutcomes.error(IssueType.DUPLICATE,
						"This notification identifier is already in use. Give each notification an identifier in a"
								+ " system of your own organisation (Bundle.identifier.system).");
				conflict.getIssueFirstRep().addExpression("Bundle.identifier");
				throw new ResourceVersionConflictException("notification identifier used by another sender", conflict);
			}
			if (!receipt.contentHash().equals(document.contentHash(fhirContext))) {
				OperationOutcome conflict = OperationOutcomes.error(IssueType.DUPLICATE,
						"A different notification was already received with identifier "
								+ document.identifierSystem() + "|" + document.identifierValue()
								+ ". Send a correction as a new notification with a new identifier, and point"
								+ " Composition.relatesTo (code 'replaces' or 'appends') at the earlier one.");
				conflict.getIssueFirstRep().addExpression("Bundle.identifier");
				throw new ResourceVersionConflictException("notification identifier already used", conflict);
			}
			return outcome(receipt.bundleId(), cases().read(caseId(receipt), new SystemRequestDetails()), false);
		});
	}

	private IFhirResourceDao<EpisodeOfCare> cases() {
		return daoRegistry.getResourceDao(EpisodeOfCare.class);
	}

	private static IdType caseId(IntakeLedger.Receipt receipt) {
		return new IdType("EpisodeOfCare", receipt.caseId());
	}

	/** The answer to the sender: which case the notification is in and where it was routed. */
	private Outcome outcome(String bundleId, EpisodeOfCare episode, boolean created) {
		String caseId = episode.getIdElement().getIdPart();
		String caseNumber = episode.getIdentifierFirstRep().getValue();
		String routing = Optional.ofNullable(episode.getExtensionByUrl(CdrUrls.ROUTING_OUTCOME))
				.map(Extension::getValue).map(Coding.class::cast).map(Coding::getDisplay).orElse("not routed");
		OperationOutcome report = new OperationOutcome();
		report.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL)
				.setDiagnostics((created ? "Notification received" : "Notification already received (not stored again)")
						+ " as Bundle/" + bundleId + "; case " + caseNumber + " (EpisodeOfCare/" + caseId + "); "
						+ routing + "; routed to " + episode.getCareManager().getReference());
		return new Outcome(bundleId, caseId, created, report);
	}

	/**
	 * HAPI 8.8 caches a tag definition as its transaction commits, while that transaction's session is
	 * still open; another transaction taking it from the cache in that moment fails at its flush with
	 * Hibernate's "two open sessions" error, before anything is written (seen with simultaneous
	 * notifications: ConcurrentNotificationTest). The failed transaction is retried like a conflict.
	 */
	static boolean metInHapisTagCache(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof HibernateException && cause.getMessage() != null
					&& cause.getMessage().contains("two open sessions") && cause.getMessage().contains("TagDefinition")) {
				return true;
			}
		}
		return false;
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(20L * attempt);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
