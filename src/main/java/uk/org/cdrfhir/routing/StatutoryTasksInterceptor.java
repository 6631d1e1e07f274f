package uk.org.cdrfhir.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import uk.org.cdrfhir.config.SameTransaction;
import uk.org.cdrfhir.config.StorageInterceptor;
import uk.org.cdrfhir.conformance.CdrUrls;
import uk.org.cdrfhir.intake.NotificationDocument;

/**
 * Starts the statutory clocks of a case, in the transaction that opens or changes it: notify NCMD
 * (due 48 hours after receipt), the designated doctor's review, a Joint Agency Response at once
 * when any notification reports the death as unexpected, and triage or out-of-area transfer for
 * the CDR Manager. A task already on the case is never created twice, so a late second
 * notification adds only what it newly requires.
 */
@Component
@Interceptor
public class StatutoryTasksInterceptor implements StorageInterceptor {

	private final FootprintProperties footprint;
	private final FootprintRoles roles;
	private final DaoRegistry daoRegistry;

	public StatutoryTasksInterceptor(FootprintProperties footprint, FootprintRoles roles, DaoRegistry daoRegistry) {
		this.footprint = footprint;
		this.roles = roles;
		this.daoRegistry = daoRegistry;
	}

	/** A case being opened has no tasks yet. */
	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void caseOpened(IBaseResource resource, TransactionDetails transaction) {
		if (isCase(resource)) {
			createTasks((EpisodeOfCare) resource, Set.of(), transaction);
		}
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void caseChanged(IBaseResource previous, IBaseResource updated, TransactionDetails transaction) {
		if (isCase(updated)) {
			EpisodeOfCare episode = (EpisodeOfCare) updated;
			createTasks(episode, existingTaskTypes(episode), transaction);
		}
	}

	private static boolean isCase(IBaseResource resource) {
		return resource instanceof EpisodeOfCare episode && episode.getMeta().hasProfile(CdrUrls.CASE_PROFILE);
	}

	private void createTasks(EpisodeOfCare episode, Set<String> existing, TransactionDetails transaction) {
		required(episode, transaction).forEach((type, task) -> {
			if (!existing.contains(type)) {
				SameTransaction.create(daoRegistry.getResourceDao(Task.class), task, transaction);
			}
		});
	}

	/** The tasks this case needs now, by task type. */
	private Map<String, Task> required(EpisodeOfCare episode, TransactionDetails transaction) {
		FootprintProperties.Deadlines deadlines = footprint.getDeadlines();
		Reference cdrManager = roles.reference(footprint.getCdrManager().getId(), transaction);
		Reference caseOwner = episode.hasCareManager() ? episode.getCareManager() : cdrManager;
		List<Reference> notifications = notifications(episode);
		Map<String, Task> tasks = new LinkedHashMap<>();
		tasks.put("notify-ncmd", task(episode, notifications, "notify-ncmd", "Notify NCMD", cdrManager, deadlines.getNotifyNcmd()));
		switch (routingOutcome(episode)) {
			case "in-area" -> tasks.put("designated-doctor-review", task(episode, notifications,
					"designated-doctor-review", "Designated doctor review", caseOwner, deadlines.getDesignatedDoctorReview()));
			case "out-of-area" -> tasks.put("out-of-area-transfer", task(episode, notifications,
					"out-of-area-transfer", "Out-of-area transfer", cdrManager, deadlines.getOutOfAreaTransfer()));
			default -> tasks.put("triage", task(episode, notifications, "triage", "Triage", cdrManager, deadlines.getTriage()));
		}
		if (anyUnexpected(notifications, transaction)) {
			tasks.put("jar", task(episode, notifications, "jar", "Joint Agency Response", caseOwner, deadlines.getJar()));
		}
		return tasks;
	}

	private static Task task(EpisodeOfCare episode, List<Reference> notifications, String code, String display,
			Reference owner, Duration dueIn) {
		Instant now = Instant.now();
		Task task = new Task();
		task.getMeta().addProfile(CdrUrls.TASK_PROFILE);
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.getCode().addCoding(new Coding(CdrUrls.TASK_TYPE_SYSTEM, code, display));
		task.setFor(episode.getPatient().copy());
		task.setFocus(new Reference(episode.getIdElement().toUnqualifiedVersionless()));
		task.setOwner(owner.copy());
		task.setAuthoredOn(Date.from(now));
		task.getRestriction().getPeriod().setEnd(Date.from(now.plus(dueIn)));
		notifications.forEach(notification -> task.addBasedOn(notification.copy()));
		return task;
	}

	private Set<String> existingTaskTypes(EpisodeOfCare episode) {
		SearchParameterMap byCase = SearchParameterMap.newSynchronous()
				.add(Task.SP_FOCUS, new ReferenceParam(episode.getIdElement().toUnqualifiedVersionless().getValue()));
		return daoRegistry.getResourceDao(Task.class).searchForResources(byCase, new SystemRequestDetails()).stream()
				.map(Task.class::cast)
				.flatMap(task -> task.getCode().getCoding().stream())
				.filter(coding -> CdrUrls.TASK_TYPE_SYSTEM.equals(coding.getSystem()))
				.map(Coding::getCode)
				.collect(Collectors.toSet());
	}

	private static List<Reference> notifications(EpisodeOfCare episode) {
		return episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION).stream()
				.map(Extension::getValue)
				.map(Reference.class::cast)
				.toList();
	}

	private boolean anyUnexpected(List<Reference> notifications, TransactionDetails transaction) {
		return notifications.stream()
				.map(reference -> SameTransaction.read(daoRegistry.getResourceDao(Bundle.class),
						new IdType(reference.getReference()), transaction))
				.flatMap(bundle -> NotificationDocument.of(bundle).stream())
				.anyMatch(NotificationDocument::unexpected);
	}

	private static String routingOutcome(EpisodeOfCare episode) {
		Extension outcome = episode.getExtensionByUrl(CdrUrls.ROUTING_OUTCOME);
		return outcome != null && outcome.getValue() instanceof Coding coding ? coding.getCode() : "unresolved";
	}
}
