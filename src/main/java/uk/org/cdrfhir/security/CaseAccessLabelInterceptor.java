package uk.org.cdrfhir.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import uk.org.cdrfhir.config.SameTransaction;
import uk.org.cdrfhir.config.StorageInterceptor;
import uk.org.cdrfhir.conformance.CdrUrls;
import uk.org.cdrfhir.intake.NotificationDocument;
import uk.org.cdrfhir.routing.CareManagers;
import uk.org.cdrfhir.routing.FootprintProperties;

/**
 * Labels records with the scope they belong to ({@link AccessLabels}), in the transaction that
 * stores them: a case routed to an area's designated doctor, and its child, notifications and
 * tasks, carry that review area; a notification carries the client that submitted it; what a
 * designated doctor creates carries their area. A case moved to another area takes its records
 * with it. Cases with the CDR Manager (triage, out of area) carry no area: only the Manager sees them.
 */
@Component
@Interceptor
@SecurityOn
public class CaseAccessLabelInterceptor implements StorageInterceptor {

	/** After routing has chosen the case's care manager. */
	static final int ORDER = 100;

	private final FootprintProperties footprint;
	private final DaoRegistry daoRegistry;
	private final CareManagers careManagers;

	public CaseAccessLabelInterceptor(FootprintProperties footprint, DaoRegistry daoRegistry, CareManagers careManagers) {
		this.footprint = footprint;
		this.daoRegistry = daoRegistry;
		this.careManagers = careManagers;
	}

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED, order = ORDER)
	public void labelNew(IBaseResource resource, RequestDetails request, TransactionDetails transaction) {
		Resource stored = (Resource) resource;
		if (!(request instanceof SystemRequestDetails)) {
			stripClientLabels(stored); // only the server says whose a record is
		}
		// labelled as they are stored, by the routing rule the case will follow: changing their meta
		// afterwards, in the same transaction, collides in HAPI's tag cache under concurrent load
		if (stored instanceof EpisodeOfCare episode && episode.getMeta().hasProfile(CdrUrls.CASE_PROFILE)) {
			area(episode).ifPresent(area -> AccessLabels.set(episode, AccessLabels.reviewArea(area)));
		} else if (stored instanceof Patient child) {
			careManagers.designatedDoctorFor(child).ifPresent(area -> AccessLabels.set(child, AccessLabels.reviewArea(area)));
		} else if (stored instanceof Bundle) {
			NotificationDocument.of(stored).flatMap(notification -> careManagers.designatedDoctorFor(notification.child()))
					.ifPresent(area -> AccessLabels.set(stored, AccessLabels.reviewArea(area)));
		} else if (stored instanceof Task task && task.getFocus().getReferenceElement().getResourceType() != null
				&& task.getFocus().getReferenceElement().getResourceType().equals("EpisodeOfCare")) {
			caseArea(task.getFocus(), transaction).ifPresent(area -> AccessLabels.set(task, AccessLabels.reviewArea(area)));
		}
		Caller.current().filter(caller -> !(request instanceof SystemRequestDetails)).ifPresent(caller -> {
			if (stored instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.DOCUMENT) {
				AccessLabels.set(bundle, AccessLabels.submittedBy(caller.clientId()));
			}
			if (caller.role() == CdrRole.DESIGNATED_DOCTOR) {
				AccessLabels.set(stored, AccessLabels.reviewArea(caller.area()));
			}
		});
	}

	@Hook(value = Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED, order = ORDER)
	public void relabelCase(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		if (!(request instanceof SystemRequestDetails)) {
			stripClientLabels((Resource) updated); // HAPI keeps the stored labels of the previous version
		}
		if (updated instanceof EpisodeOfCare episode && episode.getMeta().hasProfile(CdrUrls.CASE_PROFILE)
				&& moved((EpisodeOfCare) previous, episode)) {
			relabelMovedCase(episode);
		}
	}

	/** A case moved to another area (or to or from the CDR Manager) takes its child, notifications and tasks along. */
	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void relabelCaseRecords(IBaseResource previous, IBaseResource updated) {
		if (updated instanceof EpisodeOfCare episode && episode.getMeta().hasProfile(CdrUrls.CASE_PROFILE)
				&& moved((EpisodeOfCare) previous, episode)) {
			propagate(episode);
		}
	}

	private boolean moved(EpisodeOfCare previous, EpisodeOfCare updated) {
		return !area(previous).equals(area(updated));
	}

	/**
	 * The case's label follows its care manager. HAPI carries a previous version's labels over to the
	 * new one, and a label removed inside the storing transaction comes back when it flushes, so the
	 * old area's label is removed once the move has committed.
	 */
	private void relabelMovedCase(EpisodeOfCare episode) {
		Optional<String> area = area(episode);
		area.ifPresent(code -> AccessLabels.set(episode, AccessLabels.reviewArea(code)));
		IdType id = episode.getIdElement().toUnqualifiedVersionless();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				removeStaleAreaLabels(id, area);
			}
		});
	}

	private void removeStaleAreaLabels(IdType id, Optional<String> area) {
		IFhirResourceDao<EpisodeOfCare> cases = daoRegistry.getResourceDao(EpisodeOfCare.class);
		SystemRequestDetails system = new SystemRequestDetails();
		removeStaleAreaLabels(cases, id, cases.metaGetOperation(Meta.class, id, system), area, system);
	}

	/** Removes the review-area labels of a stored record other than {@code area}. */
	private static void removeStaleAreaLabels(IFhirResourceDao<?> dao, IdType id, Meta current, Optional<String> area,
			SystemRequestDetails system) {
		current.getSecurity().stream()
				.filter(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem()))
				.filter(label -> area.isEmpty() || !area.get().equals(label.getCode()))
				.toList()
				.forEach(stale -> dao.metaDeleteOperation(id, new Meta().addSecurity(stale), system));
	}

	private static void stripClientLabels(Resource resource) {
		resource.getMeta().getSecurity().removeIf(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem())
				|| AccessLabels.SUBMITTED_BY_SYSTEM.equals(label.getSystem()));
	}

	private void propagate(EpisodeOfCare episode) {
		Optional<String> area = area(episode);
		List<Reference> records = new ArrayList<>();
		records.add(episode.getPatient());
		episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION).stream().map(Extension::getValue)
				.map(Reference.class::cast).forEach(records::add);
		SearchParameterMap tasksOfCase = SearchParameterMap.newSynchronous()
				.add(Task.SP_FOCUS, new ReferenceParam(episode.getIdElement().toUnqualifiedVersionless().getValue()));
		daoRegistry.getResourceDao(Task.class).search(tasksOfCase, new SystemRequestDetails()).getAllResources()
				.forEach(task -> records.add(new Reference(task.getIdElement().toUnqualifiedVersionless())));
		for (Reference record : records) {
			IdType id = new IdType(record.getReference());
			IFhirResourceDao<?> dao = daoRegistry.getResourceDao(id.getResourceType());
			SystemRequestDetails system = new SystemRequestDetails();
			Meta current = dao.metaGetOperation(Meta.class, id, system);
			removeStaleAreaLabels(dao, id, current, area, system);
			area.filter(code -> current.getSecurity().stream().noneMatch(label ->
							AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem()) && code.equals(label.getCode())))
					.ifPresent(code -> dao.metaAddOperation(id, new Meta().addSecurity(AccessLabels.reviewArea(code)), system));
		}
	}

	/** The review area of a case: its care manager, when that is one of the footprint's designated doctors. */
	private Optional<String> area(EpisodeOfCare episode) {
		String careManager = new IdType(episode.getCareManager().getReference()).getIdPart();
		return footprint.getDesignatedDoctors().stream().map(FootprintProperties.Role::getId)
				.filter(id -> id.equals(careManager)).findFirst();
	}

	private Optional<String> caseArea(Reference caseReference, TransactionDetails transaction) {
		return area(SameTransaction.read(daoRegistry.getResourceDao(EpisodeOfCare.class),
				new IdType(caseReference.getReference()), transaction));
	}
}
