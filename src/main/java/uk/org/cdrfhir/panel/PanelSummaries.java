package uk.org.cdrfhir.panel;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.conformance.CodeDisplays;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.security.CaseScope;
import uk.org.cdrfhir.security.RecordNotKnown;
import uk.org.cdrfhir.security.VisibleRecords;

/**
 * The stored panel summary of each case (one per case, {@code Composition/panel-summary-[case id]},
 * updated in place), rebuilt by the services that change what it is built from, as the last step of
 * their transaction: a notification opening or joining a case, a stage change (the panel's outcome
 * too), the Analysis Form extracted, a reporting form answered, a task completed. Panel members read
 * these stored summaries only.
 */
@Service
public class PanelSummaries {

	private final DaoRegistry daoRegistry;
	private final CodeDisplays displays;
	private final VisibleRecords records;

	public PanelSummaries(DaoRegistry daoRegistry, CodeDisplays displays, VisibleRecords records) {
		this.daoRegistry = daoRegistry;
		this.displays = displays;
		this.records = records;
	}

	/**
	 * The case's summary built anew and stored in {@code transaction}, with the case's scope: what
	 * the case's stored records say now (one search), the death as its stored summary says it.
	 */
	public void rebuild(EpisodeOfCare episode, TransactionDetails transaction) {
		CaseRecords caseRecords = CaseRecords.around(episode, daoRegistry);
		DeathFacts death = caseRecords.storedSummary().map(DeathFacts::carriedOver)
				.orElseGet(() -> deathAsNotified(episode, transaction));
		store(sources(episode, caseRecords, death, transaction), transaction);
	}

	/** The summary rebuilt as another notification joins the case: the death as this latest one states it. */
	public void notificationJoined(EpisodeOfCare episode, Bundle notification, TransactionDetails transaction) {
		store(sources(episode, CaseRecords.around(episode, daoRegistry), DeathFacts.of(notification), transaction), transaction);
	}

	/**
	 * The first summary of a case its notification has just opened, from what the intake has in hand:
	 * nothing is read back, so the notification's transaction stays short (the busiest write there is,
	 * and concurrent ones meet in HAPI's tag cache the longer they last) and the case has no analysis yet.
	 */
	public void opened(EpisodeOfCare episode, Patient child, Bundle notification, List<Task> tasks, TransactionDetails transaction) {
		store(new SummarySources(episode, child, DeathFacts.of(notification), tasks, List.of(), Optional.empty()), transaction);
	}

	private SummarySources sources(EpisodeOfCare episode, CaseRecords caseRecords, DeathFacts death, TransactionDetails transaction) {
		Optional<QuestionnaireResponse> analysis = caseRecords.conclusions().stream()
				.flatMap(observation -> observation.getDerivedFrom().stream()).findFirst()
				.map(form -> SameTransaction.read(daoRegistry.getResourceDao(QuestionnaireResponse.class),
						form.getReferenceElement(), transaction));
		return new SummarySources(episode, caseRecords.child(), death, caseRecords.tasks(), caseRecords.conclusions(), analysis);
	}

	private void store(SummarySources sources, TransactionDetails transaction) {
		Composition summary = CaseSummary.of(sources, displays);
		CaseScope.ofCase(sources.episode()).orElseThrow().applyTo(summary);
		SameTransaction.update(daoRegistry.getResourceDao(Composition.class), summary, transaction);
	}

	/** The stored summary of a case, as the caller of this request may know it: another area's answers as if not there. */
	public Composition storedFor(IIdType caseId) {
		return records.findForCurrentCaller(new IdType("Composition", CaseSummary.idOf(caseId.getIdPart())))
				.filter(Composition.class::isInstance).map(Composition.class::cast)
				.orElseThrow(() -> RecordNotKnown.asked(new IdType("EpisodeOfCare", caseId.getIdPart())));
	}

	/** A case without a stored summary (one opened before summaries were kept): its latest notification read. */
	private DeathFacts deathAsNotified(EpisodeOfCare episode, TransactionDetails transaction) {
		List<Extension> notifications = episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION);
		if (notifications.isEmpty() || !(notifications.get(notifications.size() - 1).getValue() instanceof Reference latest)) {
			return DeathFacts.notStated();
		}
		return DeathFacts.of(SameTransaction.read(daoRegistry.getResourceDao(Bundle.class), latest.getReferenceElement(), transaction));
	}
}
