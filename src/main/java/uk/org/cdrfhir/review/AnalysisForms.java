package uk.org.cdrfhir.review;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.panel.PanelSummaries;
import uk.org.cdrfhir.security.CaseScope;

/**
 * The panel's Analysis Form of a case (a QuestionnaireResponse to cdr-analysis-form, validated
 * against the form before it is stored). A case has one, amended by updates, until it is closed
 * ({@link #requireMayWrite}). Whenever it is written, in the same transaction ({@link #extract}):
 * the Observations of its earlier version are deleted, and, once it is completed, the coded
 * Observations its form's item links define are made from it ({@link DefinitionExtraction}), so the
 * case record always says the current analysis, and so does the case's panel summary.
 */
@Service
public class AnalysisForms {

	private final DaoRegistry daoRegistry;
	private final Questionnaire form;
	private final DefinitionExtraction extraction;
	private final CaseFacts caseFacts;
	private final PanelSummaries panelSummaries;

	public AnalysisForms(DaoRegistry daoRegistry, CdrPackage cdrPackage, CaseFacts caseFacts, PanelSummaries panelSummaries) {
		this.daoRegistry = daoRegistry;
		this.caseFacts = caseFacts;
		this.panelSummaries = panelSummaries;
		this.form = cdrPackage.conformanceResources(Questionnaire.class).stream()
				.filter(questionnaire -> CdrUrls.ANALYSIS_FORM.equals(questionnaire.getUrl()))
				.findFirst().orElseThrow(() -> new IllegalStateException("The package has no " + CdrUrls.ANALYSIS_FORM));
		this.extraction = new DefinitionExtraction(cdrPackage::structureDefinition);
		this.extraction.requireSupported(form);
	}

	public static boolean isAnalysis(IBaseResource resource) {
		return resource instanceof QuestionnaireResponse answers && CdrUrls.ANALYSIS_FORM.equals(answers.getQuestionnaire());
	}

	/** Before an analysis is stored: refused (409) for a closed case, and when it would be a case's second. */
	public void requireMayWrite(QuestionnaireResponse analysis, boolean creating) {
		IIdType caseId = analysis.getSubject().getReferenceElement();
		if (!"EpisodeOfCare".equals(caseId.getResourceType()) || !caseId.hasIdPart()) {
			return; // the profile's rule (subject: the case), reported by the validator
		}
		EpisodeOfCare episode;
		try {
			episode = daoRegistry.getResourceDao(EpisodeOfCare.class).read(caseId.toUnqualifiedVersionless(), new SystemRequestDetails());
		} catch (ResourceNotFoundException notStored) {
			return; // the reference is refused as not known
		}
		if (ReviewStage.of(episode) == ReviewStage.CLOSED) {
			throw ReviewRefusals.notReady("The case is closed: its Analysis Form is no longer changed");
		}
		if (creating) {
			SearchParameterMap ofCase = SearchParameterMap.newSynchronous()
					.add(QuestionnaireResponse.SP_SUBJECT, new ReferenceParam(caseId.toUnqualifiedVersionless().getValue()));
			daoRegistry.getResourceDao(QuestionnaireResponse.class).searchForResources(ofCase, new SystemRequestDetails()).stream()
					.filter(AnalysisForms::isAnalysis)
					.findFirst()
					.ifPresent(existing -> {
						throw ReviewRefusals.notReady("The case has an Analysis Form already, "
								+ existing.getIdElement().toUnqualifiedVersionless().getValue() + ": amend it (PUT) instead");
					});
		}
	}

	/** Once an analysis is stored (in {@code transaction}): the case's Observations from it, as it now says. */
	public void extract(QuestionnaireResponse analysis, TransactionDetails transaction) {
		IFhirResourceDao<Observation> observations = daoRegistry.getResourceDao(Observation.class);
		Reference source = new Reference(analysis.getIdElement().toUnqualifiedVersionless());
		SearchParameterMap fromIt = SearchParameterMap.newSynchronous()
				.add(Observation.SP_DERIVED_FROM, new ReferenceParam(source.getReference()));
		for (IBaseResource earlier : observations.searchForResources(fromIt, new SystemRequestDetails())) {
			SameTransaction.delete(observations, earlier.getIdElement().toUnqualifiedVersionless(), transaction);
		}

		EpisodeOfCare episode = SameTransaction.read(daoRegistry.getResourceDao(EpisodeOfCare.class),
				analysis.getSubject().getReferenceElement().toUnqualifiedVersionless(), transaction);
		boolean complete = isComplete(analysis);
		caseFacts.analysed(episode.getIdElement().getIdPart(),
				complete ? codeAnswered(analysis.getItem(), "category-of-death") : Optional.empty(),
				complete ? codeAnswered(analysis.getItem(), "modifiable-factors") : Optional.empty());
		if (complete) {
			CaseScope scope = CaseScope.ofCase(episode).orElseThrow();
			for (Observation observation : extraction.extract(form, analysis)) {
				observation.setStatus(analysis.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED
						? Observation.ObservationStatus.AMENDED : Observation.ObservationStatus.FINAL);
				observation.setSubject(episode.getPatient().copy());
				observation.addFocus(new Reference(episode.getIdElement().toUnqualifiedVersionless()));
				observation.addDerivedFrom(source.copy());
				observation.setEffective(new DateTimeType(analysis.getAuthored()));
				scope.applyTo(observation);
				SameTransaction.create(observations, observation, transaction);
			}
		}
		panelSummaries.rebuild(episode, transaction);
	}

	/** The code answering the item {@code linkId}, wherever it is nested. */
	private static Optional<String> codeAnswered(List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items, String linkId) {
		for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : items) {
			if (linkId.equals(item.getLinkId()) && item.hasAnswer() && item.getAnswerFirstRep().hasValueCoding()) {
				return Optional.of(item.getAnswerFirstRep().getValueCoding().getCode());
			}
			Optional<String> nested = codeAnswered(item.getItem(), linkId);
			if (nested.isPresent()) {
				return nested;
			}
		}
		return Optional.empty();
	}

	private static boolean isComplete(QuestionnaireResponse analysis) {
		return analysis.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED
				|| analysis.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED;
	}
}
