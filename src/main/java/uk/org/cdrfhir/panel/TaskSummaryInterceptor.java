package uk.org.cdrfhir.panel;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.fhir.ServerOwnWork;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * A caller's update of a case's task (e.g. completing it with a PUT) rebuilds the case's panel
 * summary in the same transaction. The server's own task updates are made by services that rebuild
 * the summary themselves, once, as their last step.
 */
@Component
@Interceptor
public class TaskSummaryInterceptor implements StorageInterceptor {

	private final PanelSummaries panelSummaries;
	private final DaoRegistry daoRegistry;

	public TaskSummaryInterceptor(PanelSummaries panelSummaries, DaoRegistry daoRegistry) {
		this.panelSummaries = panelSummaries;
		this.daoRegistry = daoRegistry;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void taskUpdated(IBaseResource previous, IBaseResource updated, RequestDetails request, TransactionDetails transaction) {
		if (ServerOwnWork.is(request) || !(updated instanceof Task task)) {
			return;
		}
		IIdType focus = task.getFocus().getReferenceElement();
		if ("EpisodeOfCare".equals(focus.getResourceType()) && focus.hasIdPart()) {
			EpisodeOfCare episode = SameTransaction.read(daoRegistry.getResourceDao(EpisodeOfCare.class),
					focus.toUnqualifiedVersionless(), transaction);
			panelSummaries.rebuild(episode, transaction);
		}
	}
}
