package uk.org.cdrfhir.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.review.ReviewStage;
import uk.org.cdrfhir.routing.FootprintProperties;

/**
 * One case: its timeline (notifications received, tasks started and done, stage changes from the
 * case's history, transfers), the child's details when the API shows them to the person, the tasks
 * with their clocks, the notifications as sent, and what the person can do ({@code web/case-actions}):
 * the stages the review may move to, and for a case ready for panel the meetings to come.
 * A case the person may not see is answered by the API as not there, and so here: a 404 page.
 */
@Controller
public class CaseController {

	private final PersonFhirClient fhir;
	private final FootprintProperties footprint;
	private final WebProperties properties;
	private final PageCalls calls;

	public CaseController(PersonFhirClient fhir, FootprintProperties footprint, WebProperties properties, PageCalls calls) {
		this.fhir = fhir;
		this.footprint = footprint;
		this.properties = properties;
		this.calls = calls;
	}

	/** Something that happened to the case, for the timeline. */
	public record Event(Instant at, String when, String what, String detail) {
	}

	/** A task of the case with its clock. */
	public record TaskView(String id, String type, String status, boolean open, String due, boolean overdue, String owner,
			String ownerReference, boolean triage) {
	}

	/** The child, as far as the API shows them to the person. */
	public record ChildView(String name, String details, String ageBand) {
	}

	/** Someone a task can be given to (the footprint's roles, as the directory holds them). */
	public record Owner(String reference, String name) {
	}

	/** A panel meeting, for placing the case on its agenda. */
	public record MeetingView(String id, String name) {
	}

	@GetMapping("/cases/{id}")
	public String casePage(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String id, Model model) {
		model.addAttribute("navSection", "cases");
		IGenericClient client = fhir.as(authorized);
		EpisodeOfCare episode = client.read().resource(EpisodeOfCare.class).withId(id).execute();
		Instant now = Instant.now();
		String caseReference = "EpisodeOfCare/" + episode.getIdPart();
		ReviewStage stage = ReviewStage.of(episode);

		// what the page shows of the case, asked side by side
		CompletableFuture<Patient> child = calls.start(() -> readOrNull(() -> client.read().resource(Patient.class)
				.withId(episode.getPatient().getReferenceElement().getIdPart()).execute()));
		CompletableFuture<List<Task>> tasks = calls.start(() -> search(client, "Task?focus=" + caseReference
				+ "&_sort=due-date&_count=100", Task.class));
		CompletableFuture<List<PractitionerRole>> roles = calls.start(() -> search(client, "PractitionerRole?_count=50",
				PractitionerRole.class));
		List<CompletableFuture<Bundle>> documents = episode.getExtensionsByUrl(CdrUrls.CASE_NOTIFICATION).stream()
				.map(Extension::getValue).map(Reference.class::cast)
				.map(reference -> calls.start(() -> readOrNull(() -> client.read().resource(Bundle.class)
						.withId(reference.getReferenceElement().getIdPart()).execute())))
				.toList();
		CompletableFuture<List<Provenance>> changes = calls.start(() -> search(client, "Provenance?target=" + caseReference,
				Provenance.class));
		CompletableFuture<List<EpisodeOfCare>> versions = calls.start(() -> versions(client, episode));
		boolean readyForPanel = stage == ReviewStage.READY_FOR_PANEL;
		CompletableFuture<List<Appointment>> meetingsOn = !readyForPanel ? CompletableFuture.completedFuture(List.of())
				: calls.start(() -> search(client, "Appointment?case=" + caseReference + "&_sort=date", Appointment.class));
		CompletableFuture<List<Appointment>> meetingsToCome = !readyForPanel ? CompletableFuture.completedFuture(List.of())
				: calls.start(() -> search(client, "Appointment?_profile=" + CdrUrls.PANEL_MEETING_PROFILE + "&date=ge"
						+ now.truncatedTo(ChronoUnit.SECONDS) + "&status=proposed,pending,booked&_sort=date&_count=20", Appointment.class));

		model.addAttribute("caseId", episode.getIdPart());
		model.addAttribute("caseNumber", Readable.caseNumber(episode));
		model.addAttribute("stage", Readable.coded(episode, CdrUrls.REVIEW_STAGE).map(Readable::coding).orElse(""));
		// a case reaches reviewed-by-panel only by the panel's recorded outcome, at a meeting
		model.addAttribute("nextStages", Arrays.stream(ReviewStage.values())
				.filter(later -> later.compareTo(stage) > 0 && later != ReviewStage.REVIEWED_BY_PANEL)
				.map(later -> new CaseQueries.Labelled(later.code(), later.display())).toList());
		model.addAttribute("readyForPanel", readyForPanel);
		addMeetings(PageCalls.result(meetingsOn), PageCalls.result(meetingsToCome), model);
		model.addAttribute("routing", Readable.coded(episode, CdrUrls.ROUTING_OUTCOME).map(Readable::coding).orElse(""));
		model.addAttribute("area", Readable.coded(episode, CdrUrls.RESPONSIBLE_AREA)
				.map(coding -> footprint.area(coding.getCode()).map(FootprintProperties.Area::getName).orElse(coding.getCode()))
				.orElse("No area yet"));
		model.addAttribute("careManager", Readable.reference(episode.getCareManager()));
		model.addAttribute("opened", Readable.dateTime(episode.getPeriod().getStart(), properties.zone()));
		Patient shownChild = PageCalls.result(child);
		model.addAttribute("child", shownChild == null ? null : new ChildView(Readable.name(shownChild.getName()),
				Readable.summary(shownChild, properties.zone()), Readable.ageBand(shownChild)));

		List<Task> caseTasks = PageCalls.result(tasks);
		List<TaskView> taskViews = caseTasks.stream().map(task -> taskView(task, now)).toList();
		model.addAttribute("tasks", taskViews);
		model.addAttribute("triageOpen", taskViews.stream().anyMatch(task -> task.triage() && task.open()));
		model.addAttribute("footprintAreas", footprint.getAreas());
		model.addAttribute("owners", PageCalls.result(roles).stream()
				.map(role -> new Owner("PractitionerRole/" + role.getIdPart(), Readable.summary(role, properties.zone()) + " (" + role.getIdPart() + ")"))
				.toList());

		List<Bundle> shownDocuments = documents.stream().map(PageCalls::result).filter(Objects::nonNull).toList();
		model.addAttribute("notifications", shownDocuments.stream().map(document -> NotificationView.of(document, properties.zone())).toList());
		model.addAttribute("timeline", timeline(shownDocuments, caseTasks, PageCalls.result(changes), PageCalls.result(versions)));
		return "web/case";
	}

	/** The meetings the case is on, and the meetings to come it may be placed on (upcoming, not cancelled). */
	private void addMeetings(List<Appointment> on, List<Appointment> toCome, Model model) {
		Set<String> onIds = on.stream().map(Appointment::getIdPart).collect(Collectors.toSet());
		model.addAttribute("meetingsOn", on.stream().map(this::meetingView).toList());
		model.addAttribute("upcomingMeetings", toCome.stream().filter(meeting -> !onIds.contains(meeting.getIdPart()))
				.map(this::meetingView).toList());
	}

	private MeetingView meetingView(Appointment meeting) {
		String what = meeting.hasDescription() ? meeting.getDescription() : "Panel meeting";
		return new MeetingView(meeting.getIdPart(), Readable.dateTime(meeting.getStart(), properties.zone()) + ": " + what);
	}

	private List<Event> timeline(List<Bundle> documents, List<Task> tasks, List<Provenance> provenance, List<EpisodeOfCare> versions) {
		List<Event> events = new ArrayList<>();
		for (Bundle document : documents) {
			events.add(event(document.getMeta().getLastUpdated(), "Notification received", document.getIdentifier().getValue()));
		}
		for (Task task : tasks) {
			events.add(event(task.getAuthoredOn(), "Task started: " + Readable.concept(task.getCode()),
					"owner " + Readable.reference(task.getOwner())));
			if (task.getStatus() == Task.TaskStatus.COMPLETED) {
				events.add(event(task.getMeta().getLastUpdated(), "Task done: " + Readable.concept(task.getCode()), ""));
			}
		}
		List<Provenance> changes = new ArrayList<>(provenance);
		events.addAll(stageChanges(versions, changes));
		for (Provenance transfer : changes) {
			events.add(event(transfer.getRecorded(), "Case moved", whyAndWho(transfer)));
		}
		events.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.reverseOrder())));
		return events;
	}

	private static String whyAndWho(Provenance change) {
		return Readable.concepts(change.getReason()) + change.getAgent().stream().findFirst()
				.map(agent -> " (by " + Readable.reference(agent.getWho()) + ")").orElse("");
	}

	/** The case's versions, oldest first (the API's history of the one record); none if not shown to the person. */
	private static List<EpisodeOfCare> versions(IGenericClient client, EpisodeOfCare episode) {
		Bundle history;
		try {
			history = client.history().onInstance(episode.getIdElement().toUnqualifiedVersionless())
					.returnBundle(Bundle.class).count(100).execute();
		} catch (BaseServerResponseException refused) {
			return List.of();
		}
		return history.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast)
				.sorted(Comparator.comparing(version -> version.getMeta().getLastUpdated())).toList();
	}

	/**
	 * The case's stage through its versions. A stage change's Provenance, taken out of {@code changes},
	 * says who and why: it is the one recorded from the version's time to the next version's (the
	 * change's transaction wrote both; the API keeps Provenance.target without its version).
	 */
	private List<Event> stageChanges(List<EpisodeOfCare> versions, List<Provenance> changes) {
		List<Event> stageEvents = new ArrayList<>();
		String previous = null;
		for (int index = 0; index < versions.size(); index++) {
			EpisodeOfCare version = versions.get(index);
			String stage = Readable.coded(version, CdrUrls.REVIEW_STAGE).map(Readable::coding).orElse("");
			Date written = version.getMeta().getLastUpdated();
			if (previous == null) {
				stageEvents.add(event(written, "Case opened", "stage " + stage));
			} else if (!previous.equals(stage)) {
				Date next = index + 1 < versions.size() ? versions.get(index + 1).getMeta().getLastUpdated() : null;
				Optional<Provenance> why = changes.stream().filter(change -> change.hasRecorded() && !change.getRecorded().before(written)
						&& (next == null || change.getRecorded().before(next))).findFirst();
				why.ifPresent(changes::remove);
				stageEvents.add(event(written, "Stage changed", previous + " to " + stage + why.map(change -> ": " + whyAndWho(change)).orElse("")));
			}
			previous = stage;
		}
		return stageEvents;
	}

	private Event event(Date at, String what, String detail) {
		return new Event(at == null ? null : at.toInstant(), Readable.dateTime(at, properties.zone()), what, detail);
	}

	private TaskView taskView(Task task, Instant now) {
		Date due = task.getRestriction().getPeriod().getEnd();
		boolean open = List.of(CaseQueries.OPEN_TASK_STATUSES.split(",")).contains(task.getStatus().toCode());
		return new TaskView(task.getIdPart(), Readable.concept(task.getCode()), task.getStatus().getDisplay(), open,
				Readable.dateTime(due, properties.zone()), open && due != null && due.toInstant().isBefore(now),
				Readable.reference(task.getOwner()), task.getOwner().getReference(),
				task.getCode().getCoding().stream().anyMatch(coding -> "triage".equals(coding.getCode())
						|| "out-of-area-transfer".equals(coding.getCode())));
	}

	static <T extends org.hl7.fhir.r4.model.Resource> List<T> search(IGenericClient client, String query, Class<T> type) {
		try {
			return client.search().byUrl(query).returnBundle(Bundle.class).execute().getEntry().stream()
					.map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
		} catch (BaseServerResponseException refused) {
			// not this person's to see: the page says so by leaving it out
			return List.of();
		}
	}

	private static <T> T readOrNull(java.util.function.Supplier<T> read) {
		try {
			return read.get();
		} catch (BaseServerResponseException refused) {
			return null;
		}
	}
}
