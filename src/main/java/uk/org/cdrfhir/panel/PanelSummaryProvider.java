package uk.org.cdrfhir.panel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.cdrfhir.fhir.FhirOperationProvider;
import uk.org.cdrfhir.print.PrintedDocuments;
import uk.org.cdrfhir.security.RecordNotKnown;

/**
 * {@code GET /fhir/EpisodeOfCare/[id]/$panel-summary}: the case's stored summary, as FHIR JSON, or
 * as HTML or PDF when the Accept header asks for {@code text/html} or {@code application/pdf}.
 * {@code GET /fhir/Appointment/[id]/$panel-pack}: one PDF (or HTML) with the meeting's agenda and the
 * stored summary of every case on it, in agenda order. Both only read stored summaries, which is all
 * a panel member may read; the responses are written here because a PDF is no FHIR resource.
 */
@Component
public class PanelSummaryProvider implements FhirOperationProvider {

	private static final String PDF = "application/pdf";
	private static final String HTML = "text/html";
	private static final DateTimeFormatter MEETING_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm")
			.withZone(ZoneId.of("Europe/London"));

	private final PanelSummaries panelSummaries;
	private final PrintedDocuments printed;
	private final DaoRegistry daoRegistry;
	private final FhirContext fhirContext;

	public PanelSummaryProvider(PanelSummaries panelSummaries, PrintedDocuments printed, DaoRegistry daoRegistry,
			FhirContext fhirContext) {
		this.panelSummaries = panelSummaries;
		this.printed = printed;
		this.daoRegistry = daoRegistry;
		this.fhirContext = fhirContext;
	}

	@Operation(name = "$panel-summary", type = EpisodeOfCare.class, idempotent = true, manualResponse = true)
	public void panelSummary(@IdParam IdType caseId, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Composition summary = panelSummaries.storedFor(caseId);
		String accept = String.valueOf(request.getHeader("Accept"));
		if (accept.contains(PDF) || accept.contains(HTML)) {
			Map<String, Object> model = Map.of("summary", PrintedSummary.of(summary));
			write(response, accept, "panel/summary", model, summary.getTitle());
		} else {
			response.setContentType("application/fhir+json;charset=UTF-8");
			response.getWriter().write(fhirContext.newJsonParser().encodeResourceToString(summary));
		}
	}

	@Operation(name = "$panel-pack", type = Appointment.class, idempotent = true, manualResponse = true)
	public void panelPack(@IdParam IdType meetingId, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Appointment meeting = meeting(meetingId);
		List<PrintedSummary> summaries = meeting.getSupportingInformation().stream()
				.map(Reference::getReferenceElement)
				.filter(reference -> "EpisodeOfCare".equals(reference.getResourceType()))
				.map(caseId -> PrintedSummary.of(panelSummaries.storedFor(caseId)))
				.toList();
		String when = meeting.hasStart() ? MEETING_TIME.format(meeting.getStart().toInstant()) : "date to be set";
		Map<String, Object> model = Map.of("when", when, "summaries", summaries);
		String accept = String.valueOf(request.getHeader("Accept"));
		write(response, accept.contains(HTML) ? HTML : PDF, "panel/pack", model, "panel-pack-" + meetingId.getIdPart());
	}

	private void write(HttpServletResponse response, String accept, String template, Map<String, Object> model, String name)
			throws IOException {
		if (accept.contains(PDF)) {
			byte[] pdf = printed.pdf(template, model);
			response.setContentType(PDF);
			response.setHeader("Content-Disposition", "inline; filename=\"" + name.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf\"");
			response.setContentLength(pdf.length);
			response.getOutputStream().write(pdf);
		} else {
			byte[] html = printed.html(template, model).getBytes(StandardCharsets.UTF_8);
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(html);
		}
	}

	private Appointment meeting(IdType meetingId) {
		IdType id = new IdType("Appointment", meetingId.getIdPart());
		try {
			return daoRegistry.getResourceDao(Appointment.class).read(id, new SystemRequestDetails());
		} catch (ResourceNotFoundException | ResourceGoneException notStored) {
			throw RecordNotKnown.asked(id);
		}
	}
}
