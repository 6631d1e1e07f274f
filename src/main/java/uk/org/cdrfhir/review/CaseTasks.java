package uk.org.cdrfhir.review;

import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Task;

import uk.org.cdrfhir.routing.StatutoryTasks;

/** The tasks of one case, as a stage change asks about them. */
record CaseTasks(List<Task> all) {

	boolean has(String type) {
		return all.stream().anyMatch(task -> StatutoryTasks.isOfType(task, type));
	}

	Optional<Task> first(String type) {
		return all.stream().filter(task -> StatutoryTasks.isOfType(task, type)).findFirst();
	}

	List<Task> open(String type) {
		return all.stream().filter(task -> StatutoryTasks.isOfType(task, type) && StatutoryTasks.isOpen(task)).toList();
	}

	List<Task> allOpen() {
		return all.stream().filter(StatutoryTasks::isOpen).toList();
	}

	/** Refused unless every task of the type is done (and there is one). */
	void requireDone(String type, String reason) {
		if (!has(type) || !open(type).isEmpty()) {
			throw ReviewRefusals.notReady(reason);
		}
	}

	/** "Task/12 (police, due 2026-03-01)" for each, to say which are awaited. */
	static String describe(List<Task> tasks) {
		SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd");
		return tasks.stream().map(task -> task.getIdElement().toUnqualifiedVersionless().getValue() + " ("
						+ (task.hasPerformerType() ? task.getPerformerTypeFirstRep().getCodingFirstRep().getCode()
								: task.getCode().getCodingFirstRep().getCode())
						+ (task.getRestriction().getPeriod().hasEnd() ? ", due " + day.format(task.getRestriction().getPeriod().getEnd()) : "")
						+ ")")
				.collect(Collectors.joining(", "));
	}
}
