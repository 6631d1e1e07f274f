package uk.org.cdrfhir.security;

import java.util.List;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.dao.ReindexOutcome;
import ca.uhn.fhir.jpa.api.dao.ReindexParameters;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.param.TokenParam;

/**
 * Every stored record of a case, found by the case's tag ({@link CaseScope}), whatever its type:
 * the child, notifications, tasks, and what people wrote about them. When a case changes area, its
 * records change with it, in the same transaction.
 */
@Component
public class CaseRecords {

	private final DaoRegistry daoRegistry;

	public CaseRecords(DaoRegistry daoRegistry) {
		this.daoRegistry = daoRegistry;
	}

	/**
	 * Gives every stored record of the case exactly the scope's area label. (Their labels change in
	 * place, as {@code $meta-add} and {@code $meta-delete} do: no record gets a new version for it.)
	 */
	public void moveTo(CaseScope scope) {
		for (String type : caseRecordTypes()) {
			IFhirResourceDao<?> dao = daoRegistry.getResourceDao(type);
			for (IBaseResource record : recordsOf(dao, scope)) {
				relabel(dao, ((Resource) record).getMeta(), record.getIdElement().toUnqualifiedVersionless(), scope);
			}
		}
	}

	private List<IBaseResource> recordsOf(IFhirResourceDao<?> dao, CaseScope scope) {
		Coding tag = scope.caseTag();
		SearchParameterMap byCase = SearchParameterMap.newSynchronous()
				.add(Constants.PARAM_TAG, new TokenParam(tag.getSystem(), tag.getCode()));
		return List.copyOf(dao.searchForResources(byCase, new SystemRequestDetails()));
	}

	private static void relabel(IFhirResourceDao<?> dao, Meta current, IIdType id, CaseScope scope) {
		SystemRequestDetails system = new SystemRequestDetails();
		List<Coding> stale = current.getSecurity().stream()
				.filter(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem()))
				.filter(label -> scope.reviewArea().map(area -> !area.equals(label.getCode())).orElse(true))
				.toList();
		stale.forEach(label -> dao.metaDeleteOperation(id, new Meta().addSecurity(label), system));
		Optional<String> missing = scope.reviewArea()
				.filter(area -> current.getSecurity().stream().noneMatch(label ->
						AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem()) && area.equals(label.getCode())));
		missing.ifPresent(area -> dao.metaAddOperation(id, new Meta().addSecurity(AccessLabels.reviewArea(area)), system));
		if (!stale.isEmpty() || missing.isPresent()) {
			// the meta operations change the stored labels only; the review-area search index follows here
			ReindexOutcome outcome = dao.reindex(dao.readEntity(id, system).getPersistentId(), new ReindexParameters(), system,
					new TransactionDetails());
			if (!outcome.getWarnings().isEmpty()) {
				throw new IllegalStateException("The new area of " + id.getValue() + " could not be indexed: " + outcome.getWarnings());
			}
		}
	}

	/** The types a record of a case may have: any but the definitions, the directory and the server's own logs. */
	private List<String> caseRecordTypes() {
		return daoRegistry.getRegisteredDaoTypes().stream()
				.filter(type -> !AccessPolicy.CONFORMANCE.contains(type) && !AccessPolicy.DIRECTORY.contains(type)
						&& !type.equals("AuditEvent") && !type.equals("Subscription"))
				.sorted()
				.toList();
	}
}
