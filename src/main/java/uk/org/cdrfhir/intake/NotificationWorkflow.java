package uk.org.cdrfhir.intake;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.aggregates.CaseFact;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.fhir.AgeBand;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.ncmd.NcmdNotifications;
import uk.org.cdrfhir.panel.PanelSummaries;
import uk.org.cdrfhir.routing.CaseRouter;
import uk.org.cdrfhir.routing.RoutingDecision;
import uk.org.cdrfhir.routing.StatutoryTasks;
import uk.org.cdrfhir.security.AccessLabels;
import uk.org.cdrfhir.security.Caller;
import uk.org.cdrfhir.security.CaseScope;

/**
 * What happens to a child death notification, in the database transaction that stores it, read
 * top to bottom. HAPI stores the document itself; {@link NotificationWorkflowInterceptor} hands it
 * here twice, because the document's access labels must be set before it is stored and its id is
 * known only after:
 * <ol>
 * <li>{@link #place}, before it is stored: the child, and the child's case: the existing one, or a
 * new one (its number claimed, its routing decided once from the child's residence). The document
 * takes the case's scope and its sender's label.</li>
 * <li>{@link #receive}, once it is stored: its receipt under its business identifier; the child and
 * the case opened (routed as decided) or the document linked to the existing case; the statutory
 * tasks the case now needs; for a new case, its notification to NCMD (to the outbox, sent after the
 * commit); the case's panel summary rebuilt; every record written carries the case's scope.</li>
 * </ol>
 */
@Service
public class NotificationWorkflow {

	private static final String ETHNIC_CATEGORY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";
	/** Dates of birth and death are the days of England's clock. */
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final IntakeLedger ledger;
	private final CaseRouter router;
	private final StatutoryTasks statutoryTasks;
	private final NcmdNotifications ncmd;
	private final DaoRegistry daoRegistry;
	private final FhirContext fhirContext;
	private final CaseFacts caseFacts;
	private final PanelSummaries panelSummaries;

	public NotificationWorkflow(IntakeLedger ledger, CaseRouter router, StatutoryTasks statutoryTasks,
			NcmdNotifications ncmd, DaoRegistry daoRegistry, FhirContext fhirContext, CaseFacts caseFacts, PanelSummaries panelSummaries) {
		this.ledger = ledger;
		this.router = router;
		this.statutoryTasks = statutoryTasks;
		this.ncmd = ncmd;
		this.daoRegistry = daoRegistry;
		this.fhirContext = fhirContext;
		this.caseFacts = caseFacts;
		this.panelSummaries = panelSummaries;
	}

	/** Where a notification goes, decided before it is stored. */
	public sealed interface Placement {
		CaseScope scope();
	}

	/** The child's first notification: a new case, routed as decided. */
	public record OpensCase(String childKey, CaseScope scope, RoutingDecision routing) implements Placement {
	}

	/** A later notification of the same child (a second hospital, an amendment): the existing case. */
	public record JoinsCase(EpisodeOfCare episode, CaseScope scope) implements Placement {
	}

	/** Step 1, before the document is stored: its child's case, whose scope it takes. */
	public Placement place(NotificationDocument notification, Optional<String> sender) {
		String childKey = ChildKey.of(notification.child());
		Placement placement = ledger.findCase(childKey)
				.<Placement>map(caseId -> joinsCase(caseId))
				.orElseGet(() -> opensCase(childKey, notification));
		placement.scope().applyTo(notification.bundle());
		sender.ifPresent(client -> AccessLabels.set(notification.bundle(), AccessLabels.submittedBy(client)));
		return placement;
	}

	private Placement joinsCase(String caseId) {
		EpisodeOfCare episode = cases().read(new IdType("EpisodeOfCare", caseId), new SystemRequestDetails());
		return new JoinsCase(episode, CaseScope.ofCase(episode).orElseThrow());
	}

	private Placement opensCase(String childKey, NotificationDocument notification) {
		int number = ledger.claimCase(childKey);
		String caseNumber = String.format("CDR-%d-%04d", Year.now(ZoneOffset.UTC).getValue(), number);
		RoutingDecision routing = router.decide(notification.child());
		return new OpensCase(childKey, new CaseScope(caseNumber, routing.reviewArea()), routing);
	}

	/** Step 2, once the document is stored as {@code Bundle/bundleId}: receipt, case, tasks. */
	public void receive(NotificationDocument notification, String bundleId, Placement placement, Optional<String> sender,
			TransactionDetails transaction) {
		ledger.claimReceipt(notification.identifierSystem(), notification.identifierValue(), sender,
				notification.contentHash(fhirContext), bundleId);

		Reference document = new Reference("Bundle/" + bundleId);
		EpisodeOfCare episode = placement instanceof OpensCase opens
				? openCase(opens, notification, document, transaction)
				: linkToCase((JoinsCase) placement, document, transaction);

		Set<String> existingTasks = placement instanceof JoinsCase ? statutoryTasks.existingTypes(episode) : Set.of();
		List<Task> started = statutoryTasks.missing(episode, notification.needsJointAgencyResponse(), existingTasks, transaction);
		for (Task task : started) {
			placement.scope().applyTo(task);
			SameTransaction.create(daoRegistry.getResourceDao(Task.class), task, transaction);
		}
		if (placement instanceof OpensCase opens) {
			ncmd.enqueue(episode, notification.bundle(), started);
			caseFacts.opened(caseFact(episode, opens.routing(), notification));
		} else {
			caseFacts.notificationJoined(episode.getIdElement().getIdPart(), notification.expectedness(),
					notification.placeOfDeathType(), CaseFact.gestationBand(notification.gestationAtBirthWeeks()),
					notification.needsJointAgencyResponse());
		}
		ledger.recordReceiptCase(notification.identifierSystem(), notification.identifierValue(),
				episode.getIdElement().getIdPart());
		if (placement instanceof OpensCase) {
			panelSummaries.opened(episode, notification.child(), notification.bundle(), started, transaction);
		} else {
			panelSummaries.notificationJoined(episode, notification.bundle(), transaction);
		}
	}

	private EpisodeOfCare openCase(OpensCase opens, NotificationDocument notification, Reference document,
			TransactionDetails transaction) {
		Patient child = notification.childStandingAlone();
		opens.scope().applyTo(child);
		String childId = SameTransaction.create(daoRegistry.getResourceDao(Patient.class), child, transaction).getIdPart();


		EpisodeOfCare episode = new EpisodeOfCare();
		episode.getMeta().addProfile(CdrUrls.CASE_PROFILE);
		episode.addExtension(CdrUrls.REVIEW_STAGE, new Coding(CdrUrls.REVIEW_STAGE_SYSTEM, "notified", "Notified"));
		episode.addExtension(CdrUrls.CASE_NOTIFICATION, document);
		episode.addIdentifier().setSystem(CdrUrls.CASE_NUMBER_SYSTEM).setValue(opens.scope().caseNumber());
		episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
		episode.setPatient(new Reference("Patient/" + childId));
		episode.getPeriod().setStart(new Date());
		router.apply(opens.routing(), episode, transaction);
		opens.scope().applyTo(episode);
		episode.setId(SameTransaction.create(cases(), episode, transaction));
		ledger.recordCase(opens.childKey(), episode.getIdElement().getIdPart());
		return episode;
	}

	/**
	 * Links the document to the case as read when it was placed: the update carries that version, so
	 * a case changed meanwhile (e.g. transferred) makes this transaction fail and the intake retry.
	 */
	private EpisodeOfCare linkToCase(JoinsCase joins, Reference document, TransactionDetails transaction) {
		EpisodeOfCare episode = joins.episode();
		episode.addExtension(CdrUrls.CASE_NOTIFICATION, document);
		SameTransaction.update(cases(), episode, transaction);
		return episode;
	}

	/** What the aggregates keep of the new case: descriptors in their stratifiers' codes, nothing identifying. */
	private static CaseFact caseFact(EpisodeOfCare episode, RoutingDecision routing, NotificationDocument notification) {
		Patient child = notification.child();
		Optional<LocalDate> diedOn = child.hasDeceasedDateTimeType()
				? Optional.of(LocalDate.ofInstant(child.getDeceasedDateTimeType().getValue().toInstant(), LONDON))
				: Optional.empty();
		Optional<String> ageBand = child.hasBirthDate()
				? diedOn.map(died -> AgeBand.at(LocalDate.ofInstant(child.getBirthDate().toInstant(), LONDON), died).code())
				: Optional.empty();
		Optional<String> ethnicCategory = Optional.ofNullable(child.getExtensionByUrl(ETHNIC_CATEGORY))
				.filter(extension -> extension.getValue() instanceof CodeableConcept)
				.map(extension -> ((CodeableConcept) extension.getValue()).getCodingFirstRep().getCode());
		return new CaseFact(episode.getIdElement().getIdPart(), routing.gssCode().orElse(routing.outcome().code()), ageBand,
				Optional.ofNullable(child.getGender()).map(Enumerations.AdministrativeGender::toCode),
				CaseFact.ethnicityGroup(ethnicCategory), notification.expectedness(), notification.placeOfDeathType(),
				CaseFact.gestationBand(notification.gestationAtBirthWeeks()), notification.needsJointAgencyResponse(), diedOn,
				episode.getPeriod().getStart().toInstant());
	}

	/** The OAuth client that sent a notification; none for the server's own submissions (the demo data). */
	public static Optional<String> sender(RequestDetails request) {
		if (request == null || request instanceof SystemRequestDetails) {
			return Optional.empty();
		}
		return Caller.current().map(Caller::clientId);
	}

	private IFhirResourceDao<EpisodeOfCare> cases() {
		return daoRegistry.getResourceDao(EpisodeOfCare.class);
	}
}
