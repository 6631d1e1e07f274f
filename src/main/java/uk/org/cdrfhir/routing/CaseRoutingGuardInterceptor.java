package uk.org.cdrfhir.routing;

import java.util.List;
import java.util.Objects;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import uk.org.cdrfhir.fhir.ServerOwnWork;
import uk.org.cdrfhir.fhir.OperationOutcomes;
import uk.org.cdrfhir.fhir.StorageInterceptor;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * What a case is, where it is routed and how far its review has gone change only through the
 * server's own workflows: an update of a case by anyone keeps its number, child, notifications,
 * routing, responsible area and care manager, and its review stage, status and end. The CDR Manager
 * moves a case with {@code $transfer}; a notification joins it by intake; a stage changes by
 * {@code $advance-stage} (or a panel meeting's {@code $record-outcome}), whose preconditions an
 * update would skip.
 */
@Component
@Interceptor
public class CaseRoutingGuardInterceptor implements StorageInterceptor {

	private static final List<String> ROUTING_EXTENSIONS = List.of(CdrUrls.CASE_NOTIFICATION, CdrUrls.ROUTING_OUTCOME,
			CdrUrls.RESPONSIBLE_AREA);

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void keepRouting(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		if (ServerOwnWork.is(request)
				|| !(previous instanceof EpisodeOfCare before) || !before.getMeta().hasProfile(CdrUrls.CASE_PROFILE)) {
			return;
		}
		EpisodeOfCare after = (EpisodeOfCare) updated;
		if (!sameReference(before.getPatient().getReference(), after.getPatient().getReference())
				|| !sameReference(before.getCareManager().getReference(), after.getCareManager().getReference())
				|| !before.getIdentifierFirstRep().equalsDeep(after.getIdentifierFirstRep())
				|| ROUTING_EXTENSIONS.stream().anyMatch(url -> !sameExtensions(before, after, url))) {
			throw refusal("A case's number, child, notifications, routing and care manager are not changed by an update:"
					+ " the CDR Manager moves a case with EpisodeOfCare/[id]/$transfer (area, reason).");
		}
		if (!sameExtensions(before, after, CdrUrls.REVIEW_STAGE) || before.getStatus() != after.getStatus()
				|| !Objects.equals(before.getPeriod().getEnd(), after.getPeriod().getEnd())) {
			throw refusal("A case's review stage, status and end are not changed by an update: the stage moves with"
					+ " EpisodeOfCare/[id]/$advance-stage (stage), which checks that the case is ready for it.");
		}
	}

	private static ResourceVersionConflictException refusal(String reason) {
		ResourceVersionConflictException refusal = new ResourceVersionConflictException(reason);
		refusal.setOperationOutcome(OperationOutcomes.error(IssueType.BUSINESSRULE, reason));
		return refusal;
	}

	private static boolean sameReference(String before, String after) {
		return Objects.equals(before, after);
	}

	private static boolean sameExtensions(EpisodeOfCare before, EpisodeOfCare after, String url) {
		List<Extension> was = before.getExtensionsByUrl(url);
		List<Extension> is = after.getExtensionsByUrl(url);
		if (was.size() != is.size()) {
			return false;
		}
		for (int i = 0; i < was.size(); i++) {
			if (!was.get(i).equalsDeep(is.get(i))) {
				return false;
			}
		}
		return true;
	}
}
