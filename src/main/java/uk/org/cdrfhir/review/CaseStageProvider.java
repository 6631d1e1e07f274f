package uk.org.cdrfhir.review;

import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import uk.org.cdrfhir.fhir.FhirOperationProvider;

/**
 * {@code POST /fhir/EpisodeOfCare/[id]/$advance-stage} with parameters {@code stage} (a code of
 * cdr-review-stage) and optionally {@code reason}: moves the case's review on ({@link CaseStages}).
 * Answers with the case as moved.
 */
@Component
public class CaseStageProvider implements FhirOperationProvider {

	private final CaseStages stages;

	public CaseStageProvider(CaseStages stages) {
		this.stages = stages;
	}

	@Operation(name = "$advance-stage", type = EpisodeOfCare.class, idempotent = false)
	public EpisodeOfCare advanceStage(@IdParam IdType caseId,
			@OperationParam(name = "stage", min = 1, max = 1, typeName = "code") IPrimitiveType<String> stage,
			@OperationParam(name = "reason", min = 0, max = 1, typeName = "string") IPrimitiveType<String> reason,
			RequestDetails request) {
		return stages.advance(caseId, stage == null ? null : stage.getValue(), reason == null ? null : reason.getValue(), request);
	}
}
