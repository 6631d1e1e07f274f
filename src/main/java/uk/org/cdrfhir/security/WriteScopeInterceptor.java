package uk.org.cdrfhir.security;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import uk.org.cdrfhir.fhir.ServerOwnWork;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.StorageInterceptor;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * A caller's write lands in the case it points at, and may point only at what the caller may see.
 * Every reference in a created or updated record (at any depth, extensions included) is looked up:
 * a record outside the caller's scope is refused exactly as one that does not exist. The record
 * then takes the {@link CaseScope} of the case its references belong to (never a label the caller
 * sent); references into two cases are refused. A record of no case written by a designated doctor
 * carries their area. An update never moves a record to another case: cases move by
 * {@code $transfer}, with all their records.
 *
 * <p>Notification documents are placed in their case by the intake workflow (every document Bundle
 * is validated as a notification), so they are left to it. A panel meeting (an Appointment) belongs
 * to the panel, not to a case: its agenda points at several cases, and it carries no case's scope
 * (so only the CDR Manager, who sees every case, sees it).
 */
@Component
@Interceptor
@SecurityOn
public class WriteScopeInterceptor implements StorageInterceptor {

	private final VisibleRecords records;
	private final FhirContext fhirContext;

	public WriteScopeInterceptor(VisibleRecords records, FhirContext fhirContext) {
		this.records = records;
		this.fhirContext = fhirContext;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void scopeCreated(IBaseResource created, RequestDetails request) {
		if (ServerOwnWork.is(request) || isDocument(created)) {
			return;
		}
		Caller caller = Caller.current().orElseThrow();
		Resource record = (Resource) created;
		Optional<CaseScope> scope = caseOfReferences(caller, record);
		clearScope(record);
		if (isOfThePanel(record)) {
			return;
		}
		if (scope.isPresent()) {
			scope.get().applyTo(record);
		} else if (caller.role() == CdrRole.DESIGNATED_DOCTOR) {
			AccessLabels.set(record, AccessLabels.reviewArea(caller.area()));
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void scopeUpdated(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		if (ServerOwnWork.is(request) || isDocument(previous)) {
			return;
		}
		Caller caller = Caller.current().orElseThrow();
		Resource record = (Resource) updated;
		Optional<CaseScope> scope = caseOfReferences(caller, record);
		if (isOfThePanel(record)) {
			clearScope(record);
			return;
		}
		Optional<CaseScope> before = CaseScope.of(previous);
		if (before.isPresent() && scope.isPresent() && !before.equals(scope)) {
			throw refusal(new ResourceVersionConflictException("moved between cases"), IssueType.CONFLICT,
					"This record belongs to case " + before.get().caseNumber() + "; it cannot be pointed at the records of"
							+ " another case. A case moves with all its records by EpisodeOfCare/[id]/$transfer.");
		}
		clearScope(record); // HAPI keeps the stored labels; any the caller sent are dropped
		before.or(() -> scope).ifPresent(kept -> kept.applyTo(record));
	}

	/** The case the record's references belong to; refuses references the caller may not see. */
	private Optional<CaseScope> caseOfReferences(Caller caller, Resource record) {
		Set<CaseScope> cases = new LinkedHashSet<>();
		for (IBaseReference reference : fhirContext.newTerser().getAllPopulatedChildElementsOfType(record, IBaseReference.class)) {
			IIdType target = reference.getReferenceElement();
			if (!isStoredRecord(target) || target.getIdPart().equals(record.getIdElement().getIdPart())
					&& target.getResourceType().equals(record.fhirType())) {
				continue;
			}
			IBaseResource stored = records.find(caller, target).orElseThrow(() -> RecordNotKnown.referenced(target));
			CaseScope.of(stored).ifPresent(cases::add);
		}
		if (cases.size() > 1 && !isOfThePanel(record)) {
			throw refusal(new UnprocessableEntityException("references into two cases"), IssueType.BUSINESSRULE,
					"This record points at the records of more than one case; a record belongs to one case.");
		}
		return cases.stream().findFirst();
	}

	/** A literal reference to a record on this server (not a contained, absolute or urn: one). */
	private boolean isStoredRecord(IIdType target) {
		return target != null && !target.isLocal() && !target.isAbsolute() && target.hasResourceType()
				&& target.hasIdPart() && !target.getValue().startsWith("urn:");
	}

	private static void clearScope(Resource record) {
		record.getMeta().getTag().removeIf(tag -> CdrUrls.CASE_NUMBER_SYSTEM.equals(tag.getSystem()));
		record.getMeta().getSecurity().removeIf(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem())
				|| AccessLabels.SUBMITTED_BY_SYSTEM.equals(label.getSystem()));
	}

	private static boolean isOfThePanel(Resource record) {
		return record instanceof Appointment;
	}

	private static boolean isDocument(IBaseResource resource) {
		return resource instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.DOCUMENT;
	}

	private static <T extends BaseServerResponseException> T refusal(T exception, IssueType type, String reason) {
		exception.setOperationOutcome(OperationOutcomes.error(type, reason));
		return exception;
	}
}
