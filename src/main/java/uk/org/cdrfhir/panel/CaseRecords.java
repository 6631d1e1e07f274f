package uk.org.cdrfhir.panel;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.TokenParam;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The stored records a rebuild reads around a case: its child, its tasks, the panel's two coded
 * conclusions and its stored summary. One synchronous search (the case, including its child and
 * reverse-including what points at it) rather than a read or search for each, as each pays HAPI's
 * fixed cost whatever it finds (profiled: the search for the conclusions, finding none, cost a third
 * of the one for the tasks); synchronous, it writes no HFJ_SEARCH row. Records this transaction wrote
 * are found as written (the session is flushed before the search queries).
 */
record CaseRecords(Patient child, List<Task> tasks, List<Observation> conclusions, Optional<Composition> storedSummary) {

	static CaseRecords around(EpisodeOfCare episode, DaoRegistry daoRegistry) {
		SearchParameterMap aroundTheCase = SearchParameterMap.newSynchronous()
				.add(IAnyResource.SP_RES_ID, new TokenParam(episode.getIdElement().getIdPart()))
				.addInclude(EpisodeOfCare.INCLUDE_PATIENT)
				.addRevInclude(Task.INCLUDE_FOCUS)
				.addRevInclude(Observation.INCLUDE_FOCUS)
				.addRevInclude(Composition.INCLUDE_SUBJECT);
		List<IBaseResource> found = daoRegistry.getResourceDao(EpisodeOfCare.class)
				.search(aroundTheCase, new SystemRequestDetails()).getAllResources();
		String summaryId = CaseSummary.idOf(episode.getIdElement().getIdPart());
		return new CaseRecords(
				ofType(found, Patient.class).findFirst().orElseThrow(),
				ofType(found, Task.class).toList(),
				ofType(found, Observation.class).filter(CaseRecords::isConclusion).toList(),
				ofType(found, Composition.class).filter(composition -> summaryId.equals(composition.getIdElement().getIdPart())).findFirst());
	}

	/** The case's category of death and modifiable-factors conclusion, as extracted from its Analysis Form. */
	private static boolean isConclusion(Observation observation) {
		return observation.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, "category-of-death")
				|| observation.getCode().hasCoding(CdrUrls.DEATH_DETAIL_SYSTEM, "modifiable-factors");
	}

	private static <T extends IBaseResource> Stream<T> ofType(List<IBaseResource> found, Class<T> type) {
		return found.stream().filter(type::isInstance).map(type::cast);
	}
}
