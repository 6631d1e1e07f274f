package uk.org.cdrfhir.ncmd;

import java.time.Clock;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.fhir.ServerOwnWork;
import uk.org.cdrfhir.fhir.StorageInterceptor;
import uk.org.cdrfhir.routing.StatutoryTasks;

/**
 * A person who notified NCMD another way (delivery off, or failing) completes the case's notify-ncmd
 * task: the time is recorded in the case's facts in the same transaction, as {@link NcmdSender} does
 * when NCMD acknowledges. The sender's own completion is its own work and records itself.
 */
@Component
@Interceptor
public class NcmdTaskCompletionInterceptor implements StorageInterceptor {

	private final CaseFacts caseFacts;
	private final Clock clock;

	public NcmdTaskCompletionInterceptor(CaseFacts caseFacts, Clock clock) {
		this.caseFacts = caseFacts;
		this.clock = clock;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void taskUpdated(IBaseResource previous, IBaseResource updated, RequestDetails request) {
		if (ServerOwnWork.is(request) || !(updated instanceof Task task) || !(previous instanceof Task before)
				|| !StatutoryTasks.isOfType(task, NcmdNotifications.NOTIFY_NCMD)
				|| task.getStatus() != Task.TaskStatus.COMPLETED || before.getStatus() == Task.TaskStatus.COMPLETED) {
			return;
		}
		IIdType focus = task.getFocus().getReferenceElement();
		if ("EpisodeOfCare".equals(focus.getResourceType()) && focus.hasIdPart()) {
			caseFacts.ncmdNotified(focus.getIdPart(), clock.instant());
		}
	}
}
