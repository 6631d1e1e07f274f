package uk.org.cdrfhir.web;

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

/**
 * The case page's forms (CSRF-protected by Spring Security): complete a task, give it to someone
 * else, and resolve triage by choosing the area (the {@code $transfer} operation, which moves the
 * case and every record of it). Each is the FHIR API's own interaction, made as the person; what it
 * refuses is shown on the case page. Further case actions (stages, panel meetings) belong here too.
 */
@Controller
public class CaseActionsController {

	private final PersonFhirClient fhir;

	public CaseActionsController(PersonFhirClient fhir) {
		this.fhir = fhir;
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
		try {
			fhir.as(authorized).operation().onInstance("EpisodeOfCare/" + id).named("$transfer").withParameters(parameters)
					.returnResourceType(EpisodeOfCare.class).execute();
			outcome.addFlashAttribute("done", "Case moved to area " + area);
		} catch (ResourceNotFoundException notThere) {
			throw notThere;
		} catch (BaseServerResponseException refused) {
			outcome.addFlashAttribute("problem", ApiProblem.of(refused));
		}
		return "redirect:/cases/" + id;
	}

	private String changeTask(OAuth2AuthorizedClient authorized, String caseId, String taskId, RedirectAttributes outcome,
			java.util.function.Consumer<Task> change, String done) {
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
