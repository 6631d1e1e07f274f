package uk.org.cdrfhir.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Task;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

import uk.org.cdrfhir.conformance.CodeDisplays;

/**
 * The open tasks (the statutory clocks) the person may see, by type and due time, soonest due
 * first, each with its case: the lists behind the dashboard's queues and clocks.
 */
@Controller
public class TasksController {

	private final PersonFhirClient fhir;
	private final WebProperties properties;
	private final CodeDisplays displays;

	public TasksController(PersonFhirClient fhir, WebProperties properties, CodeDisplays displays) {
		this.fhir = fhir;
		this.properties = properties;
		this.displays = displays;
	}

	/** An open task as one row of the list. */
	public record TaskRow(String type, String status, String due, boolean overdue, String owner, String caseId,
			String caseNumber) {
	}

	@GetMapping("/tasks")
	public String tasks(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@RequestParam(required = false) String type, @RequestParam(required = false) String due,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("navSection", "tasks");
		model.addAttribute("types", CaseQueries.taskTypes(displays));
		model.addAttribute("filter", Map.of("type", type == null ? "" : type, "due", due == null ? "" : due));
		Instant now = Instant.now();
		int size = properties.pageSize();
		String query = CaseQueries.and(CaseQueries.openTasks(type, due, CaseQueries.Clock.at(now, properties.zone())),
				"_sort=due-date&_include=Task:focus" + Paging.parameters(Math.max(page, 0), size));
		model.addAttribute("query", query);
		try {
			Bundle result = fhir.as(authorized).search().byUrl(query).returnBundle(Bundle.class).execute();
			Map<String, EpisodeOfCare> cases = result.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
					.filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast)
					.collect(Collectors.toMap(episode -> "EpisodeOfCare/" + episode.getIdPart(), Function.identity(), (a, b) -> a));
			List<TaskRow> rows = result.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
					.filter(Task.class::isInstance).map(Task.class::cast)
					.map(task -> row(task, cases.get(task.getFocus().getReference()), now)).toList();
			model.addAttribute("rows", rows);
			model.addAttribute("paging", new Paging(Math.max(page, 0), size, result.getTotal()));
		} catch (BaseServerResponseException refused) {
			model.addAttribute("problem", ApiProblem.of(refused));
		}
		return "web/tasks";
	}

	private TaskRow row(Task task, EpisodeOfCare episode, Instant now) {
		java.util.Date end = task.getRestriction().getPeriod().getEnd();
		String caseId = task.getFocus().getReferenceElement().getIdPart();
		return new TaskRow(Readable.concept(task.getCode()), task.getStatus().getDisplay(), Readable.dateTime(end, properties.zone()),
				end != null && end.toInstant().isBefore(now), Readable.reference(task.getOwner()), caseId,
				episode == null ? "EpisodeOfCare/" + caseId : Readable.caseNumber(episode));
	}
}
