package uk.org.cdrfhir.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The statutory clocks of a case: notify NCMD (due 48 hours after receipt), the designated doctor's
 * review, a Joint Agency Response at once when any notification calls for one (an unexpected death, or a
 * death in custody or a mental-health unit),
 * and triage or out-of-area transfer for the CDR Manager. A task type already on the case is never
 * started twice, so a late second notification adds only what it newly requires.
 */
@Component
public class StatutoryTasks {

	private final FootprintProperties footprint;
	private final FootprintRoles roles;
	private final DaoRegistry daoRegistry;

	public StatutoryTasks(FootprintProperties footprint, FootprintRoles roles, DaoRegistry daoRegistry) {
		this.footprint = footprint;
		this.roles = roles;
		this.daoRegistry = daoRegistry;
	}

	/**
	 * The tasks the case needs now and does not have yet (not stored: the caller labels and stores
	 * them). {@code jointAgencyResponse}: whether any of its notifications calls for a Joint Agency Response.
	 */
	public List<Task> missing(EpisodeOfCare episode, boolean jointAgencyResponse, Set<String> existingTypes,
			TransactionDetails transaction) {
		return required(episode, jointAgencyResponse, transaction).entrySet().stream()
				.filter(type -> !existingTypes.contains(type.getKey()))
				.map(Map.Entry::getValue)
				.toList();
	}

	/** The task types already on a stored case, open or done. */
	public Set<String> existingTypes(EpisodeOfCare episode) {
		return tasksOf(episode).stream()
				.flatMap(task -> task.getCode().getCoding().stream())
				.filter(coding -> CdrUrls.TASK_TYPE_SYSTEM.equals(coding.getSystem()))
				.map(Coding::getCode)
				.collect(Collectors.toSet());
	}

	/** Every task focused on the case. */
	public List<Task> tasksOf(EpisodeOfCare episode) {
		SearchParameterMap byCase = SearchParameterMap.newSynchronous()
				.add(Task.SP_FOCUS, new ReferenceParam(episode.getIdElement().toUnqualifiedVersionless().getValue()));
		return daoRegistry.getResourceDao(Task.class).searchForResources(byCase, new SystemRequestDetails()).stream()
				.map(Task.class::cast)
				.toList();
	}

	/**
	 * A task for the CDR Manager on a case outside the statutory clocks (e.g. an alert that an
	 * automatic duty is failing), due when the duty it is about is due (not stored: the caller labels
	 * and stores it).
	 */
	public Task forCdrManager(EpisodeOfCare episode, String code, String display, Instant due,
			TransactionDetails transaction) {
		return basedOn(newTask(episode, code, display, cdrManager(transaction), Date.from(due)), notifications(episode));
	}

	public static boolean isOfType(Task task, String type) {
		return task.getCode().getCoding().stream()
				.anyMatch(coding -> CdrUrls.TASK_TYPE_SYSTEM.equals(coding.getSystem()) && type.equals(coding.getCode()));
	}

	/** The tasks this case needs, by task type. */
	private Map<String, Task> required(EpisodeOfCare episode, boolean jointAgencyResponse, TransactionDetails transaction) {
		FootprintProperties.Deadlines deadlines = footprint.getDeadlines();
		Reference cdrManager = cdrManager(transaction);
		Reference caseOwner = caseOwner(episode, transaction);
		List<Reference> notifications = notifications(episode);
		Map<String, Task> tasks = new LinkedHashMap<>();
		tasks.put("notify-ncmd", basedOn(newTask(episode, "notify-ncmd", "Notify NCMD", cdrManager,
				dueIn(deadlines.getNotifyNcmd())), notifications));
		switch (routingOutcome(episode)) {
			case "in-area" -> tasks.put("designated-doctor-review", basedOn(newTask(episode, "designated-doctor-review",
					"Designated doctor review", caseOwner, dueIn(deadlines.getDesignatedDoctorReview())), notifications));
			case "out-of-area" -> tasks.put("out-of-area-transfer", basedOn(newTask(episode, "out-of-area-transfer",
					"Out-of-area transfer", cdrManager, dueIn(deadlines.getOutOfAreaTransfer())), notifications));
			default -> tasks.put("triage", basedOn(newTask(episode, "triage", "Triage", cdrManager,
					dueIn(deadlines.getTriage())), notifications));
		}
		if (jointAgencyResponse) {
			tasks.put("jar", basedOn(newTask(episode, "jar", "Joint Agency Response", caseOwner, dueIn(deadlines.getJar())),
					notifications));
		}
		return tasks;
	}

	/** The CDR Manager's role, to own a task (made known to the transaction, see {@link FootprintRoles}). */
	public Reference cdrManager(TransactionDetails transaction) {
		return roles.reference(footprint.getCdrManager().getId(), transaction);
	}

	/** Whoever is responsible for the case: its designated doctor, or the CDR Manager while it has none. */
	public Reference caseOwner(EpisodeOfCare episode, TransactionDetails transaction) {
		return episode.hasCareManager() ? episode.getCareManager() : cdrManager(transaction);
	}

	/** A new task of the case (not stored: the caller labels and stores it), requested of its owner, due then. */
	public static Task newTask(EpisodeOfCare episode, String code, String display, Reference owner, Date due) {
		Task task = new Task();
		task.getMeta().addProfile(CdrUrls.TASK_PROFILE);
		task.setStatus(Task.TaskStatus.REQUESTED);
		task.setIntent(Task.TaskIntent.ORDER);
		task.getCode().addCoding(new Coding(CdrUrls.TASK_TYPE_SYSTEM, code, display));
		task.setFor(episode.getPatient().copy());
		task.setFocus(new Reference(episode.getIdElement().toUnqualifiedVersionless()));
		if (owner != null) {
			task.setOwner(owner.copy());
		}
		task.setAuthoredOn(new Date());
		task.getRestriction().getPeriod().setEnd(due);
		return task;
	}

	/** Done: status completed, when, and (for work that has one) its result. */
	public static void complete(Task task) {
		Date now = new Date();
		task.setStatus(Task.TaskStatus.COMPLETED);
		task.setLastModified(now);
		task.getExecutionPeriod().setEnd(now);
	}

	/** Whether something is left to do on the task (not done, cancelled, failed or entered in error). */
	public static boolean isOpen(Task task) {
		return task.getStatus() != Task.TaskStatus.COMPLETED && task.getStatus() != Task.TaskStatus.CANCELLED
				&& task.getStatus() != Task.TaskStatus.FAILED && task.getStatus() != Task.TaskStatus.ENTEREDINERROR;
	}

	private static Date dueIn(Duration duration) {
		return Date.from(Instant.now().plus(duration));
	}

	private static Task basedOn(Task task, List<Reference> notifications) {
		notifications.forEach(notification -> task.addBasedOn(notification.copy()));
		return task;
	}

	private static List<Reference> notifications(EpisodeOfCare episode) {
		return episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION).stream()
				.map(Extension::getValue)
				.map(Reference.class::cast)
				.toList();
	}

	private static String routingOutcome(EpisodeOfCare episode) {
		Extension outcome = episode.getExtensionByUrl(CdrUrls.ROUTING_OUTCOME);
		return outcome != null && outcome.getValue() instanceof Coding coding ? coding.getCode() : "unresolved";
	}
}
