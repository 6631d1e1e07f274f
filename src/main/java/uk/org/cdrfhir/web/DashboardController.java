package uk.org.cdrfhir.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import uk.org.cdrfhir.conformance.CodeDisplays;
import uk.org.cdrfhir.routing.FootprintProperties;
import uk.org.cdrfhir.security.CdrRole;

/**
 * The day's work on one screen: new notifications, the triage and out-of-area queues, the statutory
 * clocks due today and overdue by task type, and the cases by stage and area. Every number is a
 * FHIR count run as the person ({@code _count=0}), so a designated doctor sees their area's
 * only (and not the CDR Manager's queues, never theirs), and links to the list behind it.
 */
@Controller
public class DashboardController {

	/** "New" notifications: those received in the last week. */
	private static final Duration NEW = Duration.ofDays(7);
	/** The tasks of cases no area is responsible for yet: the CDR Manager's queues. */
	private static final List<String> CASES_WITHOUT_AREA_TASKS = List.of("triage", "out-of-area-transfer");

	private final PersonFhirClient fhir;
	private final FhirCounts counts;
	private final FootprintProperties footprint;
	private final WebProperties properties;
	private final CodeDisplays displays;

	public DashboardController(PersonFhirClient fhir, FhirCounts counts, FootprintProperties footprint, WebProperties properties,
			CodeDisplays displays) {
		this.fhir = fhir;
		this.counts = counts;
		this.footprint = footprint;
		this.properties = properties;
		this.displays = displays;
	}

	/** A number on the dashboard: what it counts (the FHIR search), how many, and the list behind it. */
	public record Figure(String label, String query, Integer count, String href) {
	}

	/** One row of a table of figures. */
	public record FigureRow(String label, List<Figure> figures) {
	}

	@GetMapping("/")
	public String dashboard(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@ModelAttribute("person") SignedInPerson person, Model model) {
		model.addAttribute("navSection", "dashboard");
		if (!person.worksOnCases()) {
			return "web/dashboard";
		}
		IGenericClient client = fhir.as(authorized);
		CaseQueries.Clock clock = CaseQueries.Clock.at(Instant.now(), properties.zone());

		String notifications = CaseQueries.notificationsSince(clock.now().minus(NEW));
		List<Figure> queues = new ArrayList<>(List.of(
				new Figure("Notifications received in the last 7 days", notifications, null, queryPage(notifications))));
		if (seesCasesWithoutArea(person)) {
			queues.add(new Figure("Triage: residence to be resolved", CaseQueries.openTasks("triage", null, clock), null,
					tasksPage("triage", null)));
			queues.add(new Figure("Out-of-area transfers", CaseQueries.openTasks("out-of-area-transfer", null, clock), null,
					tasksPage("out-of-area-transfer", null)));
		}
		List<String> queries = new ArrayList<>(queues.stream().map(Figure::query).toList());
		List<CaseQueries.Labelled> taskTypes = CaseQueries.taskTypes(displays).stream()
				.filter(type -> seesCasesWithoutArea(person) || !CASES_WITHOUT_AREA_TASKS.contains(type.code())).toList();
		for (CaseQueries.Labelled type : taskTypes) {
			queries.add(CaseQueries.openTasks(type.code(), "today", clock));
			queries.add(CaseQueries.openTasks(type.code(), "overdue", clock));
		}
		List<CaseQueries.Labelled> columns = areaColumns(person);
		for (CaseQueries.Labelled stage : CaseQueries.STAGES) {
			columns.forEach(column -> queries.add(CaseQueries.cases(stage.code(), column.code())));
		}
		Map<String, Integer> counted = counts.count(client, queries);

		model.addAttribute("queues", queues.stream().map(queue -> figure(counted, queue.query(), queue.label(), queue.href())).toList());
		model.addAttribute("clocks", taskTypes.stream().map(type -> new FigureRow(type.label(), List.of(
				figure(counted, CaseQueries.openTasks(type.code(), "today", clock), "Due today", tasksPage(type.code(), "today")),
				figure(counted, CaseQueries.openTasks(type.code(), "overdue", clock), "Overdue", tasksPage(type.code(), "overdue")))))
				.toList());
		model.addAttribute("areaColumns", columns);
		model.addAttribute("stages", CaseQueries.STAGES.stream().map(stage -> new FigureRow(stage.label(), columns.stream()
				.map(column -> figure(counted, CaseQueries.cases(stage.code(), column.code()), column.label(),
						casesPage(stage.code(), column.code())))
				.toList())).toList());
		return "web/dashboard";
	}

	/**
	 * The columns of cases by stage: the areas a person's cases can be in (GSS code and name), and
	 * "no area yet" for those who see such cases.
	 */
	private List<CaseQueries.Labelled> areaColumns(SignedInPerson person) {
		List<CaseQueries.Labelled> columns = new ArrayList<>(areasOf(person).stream()
				.map(area -> new CaseQueries.Labelled(area.getGssCode(), area.getName())).toList());
		if (seesCasesWithoutArea(person)) {
			columns.add(new CaseQueries.Labelled("none", "No area yet"));
		}
		return columns;
	}

	/**
	 * Whether a person sees the cases no area is responsible for (triage, out of area) and their
	 * tasks: such a case carries no area's label, so it is never a designated doctor's, and their
	 * dashboard shows no figure that could only ever be 0.
	 */
	private static boolean seesCasesWithoutArea(SignedInPerson person) {
		return !person.is(CdrRole.DESIGNATED_DOCTOR);
	}

	/** The footprint's areas a person's cases can be in: a designated doctor's own, or all. */
	private List<FootprintProperties.Area> areasOf(SignedInPerson person) {
		if (!person.is(CdrRole.DESIGNATED_DOCTOR)) {
			return footprint.getAreas();
		}
		return footprint.getAreas().stream().filter(area -> area.getDesignatedDoctor().equals(person.area())).toList();
	}

	private static Figure figure(Map<String, Integer> counted, String query, String label, String href) {
		return new Figure(label, query, counted.get(query), href);
	}

	static String tasksPage(String type, String due) {
		return UriComponentsBuilder.fromPath("/tasks").queryParamIfPresent("type", java.util.Optional.ofNullable(type))
				.queryParamIfPresent("due", java.util.Optional.ofNullable(due)).build().toUriString();
	}

	static String casesPage(String stage, String area) {
		return UriComponentsBuilder.fromPath("/cases").queryParam("stage", stage).queryParam("area", area).build().toUriString();
	}

	static String queryPage(String query) {
		return UriComponentsBuilder.fromPath("/query").queryParam("q", query).encode().build().toUriString();
	}
}
