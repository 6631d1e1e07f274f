package uk.org.cdrfhir.review;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import uk.org.cdrfhir.fhir.FhirOperationProvider;

/**
 * {@code POST /fhir/Appointment/[id]/$record-outcome} with parameters {@code case} (a case on the
 * meeting's agenda) and {@code analysis} (its completed Analysis Form response): the panel reviewed
 * the case at this meeting ({@link CaseStages#recordPanelOutcome}). Answers with the case, now
 * reviewed-by-panel.
 */
@Component
public class PanelOutcomeProvider implements FhirOperationProvider {

	private final CaseStages stages;

	public PanelOutcomeProvider(CaseStages stages) {
		this.stages = stages;
	}

	@Operation(name = "$record-outcome", type = Appointment.class, idempotent = false)
	public EpisodeOfCare recordOutcome(@IdParam IdType meetingId,
			@OperationParam(name = "case", min = 1, max = 1) Reference caseReference,
			@OperationParam(name = "analysis", min = 1, max = 1) Reference analysis,
			RequestDetails request) {
		if (caseReference == null || !"EpisodeOfCare".equals(caseReference.getReferenceElement().getResourceType())) {
			throw ReviewRefusals.invalidParameter("case", "The case is a reference to a case, EpisodeOfCare/[id]");
		}
		if (analysis == null || !"QuestionnaireResponse".equals(analysis.getReferenceElement().getResourceType())) {
			throw ReviewRefusals.invalidParameter("analysis", "The analysis is a reference to the case's Analysis Form"
					+ " response, QuestionnaireResponse/[id]");
		}
		return stages.recordPanelOutcome(meetingId, caseReference, analysis, request);
	}
}
