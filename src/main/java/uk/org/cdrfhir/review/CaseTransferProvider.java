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
 * {@code POST /fhir/EpisodeOfCare/[id]/$transfer} with parameters {@code area} (the GSS code of the
 * local authority where the child normally lived) and {@code reason}: the CDR Manager's way to move
 * a case ({@link CaseTransfer}). Answers with the case as moved.
 */
@Component
public class CaseTransferProvider implements FhirOperationProvider {

	private final CaseTransfer transfer;

	public CaseTransferProvider(CaseTransfer transfer) {
		this.transfer = transfer;
	}

	@Operation(name = "$transfer", type = EpisodeOfCare.class, idempotent = false)
	public EpisodeOfCare transfer(@IdParam IdType caseId,
			@OperationParam(name = "area", min = 1, max = 1, typeName = "code") IPrimitiveType<String> area,
			@OperationParam(name = "reason", min = 1, max = 1, typeName = "string") IPrimitiveType<String> reason,
			RequestDetails request) {
		return transfer.transfer(caseId, area == null ? null : area.getValue(), reason == null ? null : reason.getValue(),
				request);
	}
}
