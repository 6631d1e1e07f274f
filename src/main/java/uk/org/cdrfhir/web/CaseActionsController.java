package uk.org.cdrfhir.web;

import java.util.function.Consumer;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import uk.org.cdrfhir.review.ReviewStage;

/**
 * The case page's forms (CSRF-protected by Spring Security): complete a task, give it to someone
 * else, resolve triage by choosing the area (the {@code $transfer} operation, which moves the case
 * and every record of it), move the review to a later stage ({@code $advance-stage}) and place a case
 * ready for panel on a panel meeting's agenda (the meeting's {@code supportingInformation}). Each is
 * the FHIR API's own interaction, made as the person; what it refuses is shown on the case page.
 */
@Controller
public class CaseActionsController {

	private final PersonFhirClient fhir;
	private final WebProperties properties;

	public CaseActionsController(PersonFhirClient fhir, WebProperties properties) {
		this.fhir = fhir;
		this.properties = properties;
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/complete")
	public String complete(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String id, @PathVariable String taskId, RedirectAttributes outcome) {
		return changeTask(authorized, id, taskId, outcome, task -> task.setStatus(Task.TaskStatus.COMPLETED), "Task completed");
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/reassign")
	public String reassign(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String id, @PathVariable String taskId, @RequestParam String owner, RedirectAttributes outcome) {
		return changeTask(authorized, id, taskId, outcome, task -> task.setOwner(new Reference(owner)), "Task given to " + owner);
	}

	@PostMapping("/cases/{id}/transfer")
	public String transfer(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String id, @RequestParam String area, @RequestParam String reason, RedirectAttributes outcome) {
		Parameters parameters = new Parameters();
		parameters.addParameter().setName("area").setValue(new CodeType(area));
		parameters.addParameter().setName("reason").setValue(new StringType(reason));
		return onCase(authorized, id, "$transfer", parameters, outcome, "Case moved to area " + area, "transfer-area");
	}

	@PostMapping("/cases/{id}/stage")
	public String advanceStage(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String id, @RequestParam String stage, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes outcome) {
		Parameters parameters = new Parameters();
		parameters.addParameter().setName("stage").setValue(new CodeType(stage));
		if (!reason.isBlank()) {
			parameters.addParameter().setName("reason").setValue(new StringType(reason));
		}
		String named = ReviewStage.ofCode(stage).map(ReviewStage::display).orElse(stage);
		return onCase(authorized, id, "$advance-stage", parameters, outcome, "Case moved to the stage " + named, "advance-stage");
	}

	/** The case joins the meeting's agenda; the API refuses a case not ready for panel (PanelAgendaGuardInterceptor). */
	@PostMapping("/cases/{id}/meeting")
	public String placeOnMeeting(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String id, @RequestParam String meeting, RedirectAttributes outcome) {
		IGenericClient client = fhir.as(authorized);
		try {
			Appointment agenda = client.read().resource(Appointment.class).withId(meeting).execute();
			String caseReference = "EpisodeOfCare/" + id;
			if (agenda.getSupportingInformation().stream()
					.noneMatch(item -> caseReference.equals(item.getReferenceElement().toUnqualifiedVersionless().getValue()))) {
				agenda.addSupportingInformation(new Reference(caseReference));
				client.update().resource(agenda).execute();
			}
			outcome.addFlashAttribute("done", "Case placed on the panel meeting of " + Readable.dateTime(agenda.getStart(), properties.zone()));
		} catch (BaseServerResponseException refused) {
			outcome.addFlashAttribute("problem", ApiProblem.of(refused).about("panel-meeting"));
		}
		return "redirect:/cases/" + id;
	}

	/** An operation on the case: a case the person may not see is a 404 page, any other refusal is shown on the case page. */
	private String onCase(OAuth2AuthorizedClient authorized, String id, String operation, Parameters parameters,
			RedirectAttributes outcome, String done, String field) {
		try {
			fhir.as(authorized).operation().onInstance("EpisodeOfCare/" + id).named(operation).withParameters(parameters)
					.returnResourceType(EpisodeOfCare.class).execute();
			outcome.addFlashAttribute("done", done);
		} catch (ResourceNotFoundException notThere) {
			throw notThere;
		} catch (BaseServerResponseException refused) {
			outcome.addFlashAttribute("problem", ApiProblem.of(refused).about(field));
		}
		return "redirect:/cases/" + id;
	}

	private String changeTask(OAuth2AuthorizedClient authorized, String caseId, String taskId, RedirectAttributes outcome,
			Consumer<Task> change, String done) {
		IGenericClient client = fhir.as(authorized);
		Task task = client.read().resource(Task.class).withId(taskId).execute();
		if (!("EpisodeOfCare/" + caseId).equals(task.getFocus().getReferenceElement().toUnqualifiedVersionless().getValue())) {
			throw new ResourceNotFoundException("Task/" + taskId);
		}
		change.accept(task);
		try {
			client.update().resource(task).execute();
			outcome.addFlashAttribute("done", done);
		} catch (BaseServerResponseException refused) {
			outcome.addFlashAttribute("problem", ApiProblem.of(refused));
		}
		return "redirect:/cases/" + caseId;
	}
}
