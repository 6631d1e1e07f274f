package uk.org.cdrfhir.review;

import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * Only a case ready for panel is placed on a panel meeting's agenda (Appointment.supportingInformation):
 * each case a create or update adds there is checked ({@link CaseStages#requireReadyForPanel}); cases
 * already on the agenda stay, whatever their stage since.
 */
@Component
@Interceptor
public class PanelAgendaGuardInterceptor implements StorageInterceptor {

	private final CaseStages stages;

	public PanelAgendaGuardInterceptor(CaseStages stages) {
		this.stages = stages;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		if (resource instanceof Appointment meeting) {
			casesOn(meeting).forEach(stages::requireReadyForPanel);
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		if (updated instanceof Appointment meeting) {
			Set<String> already = casesOn((Appointment) previous);
			casesOn(meeting).stream().filter(caseId -> !already.contains(caseId)).forEach(stages::requireReadyForPanel);
		}
	}

	private static Set<String> casesOn(Appointment meeting) {
		return meeting.getSupportingInformation().stream()
				.map(Reference::getReferenceElement)
				.filter(id -> "EpisodeOfCare".equals(id.getResourceType()) && id.hasIdPart())
				.map(id -> id.toUnqualifiedVersionless().getValue())
				.collect(Collectors.toSet());
	}
}
