package uk.org.cdrfhir.review;

import java.util.List;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import uk.org.cdrfhir.fhir.FhirOperationProvider;

/**
 * {@code POST /fhir/EpisodeOfCare/[id]/$request-reports} with one {@code form} parameter per form
 * (the canonical URL of a reporting or supplementary form) and optionally {@code due} (a date): the
 * CDR Manager asks the agencies ({@link ReportingForms}). Answers with the requests made.
 */
@Component
public class ReportingFormsProvider implements FhirOperationProvider {

	private final ReportingForms reportingForms;

	public ReportingFormsProvider(ReportingForms reportingForms) {
		this.reportingForms = reportingForms;
	}

	@Operation(name = "$request-reports", type = EpisodeOfCare.class, idempotent = false)
	public Bundle requestReports(@IdParam IdType caseId,
			@OperationParam(name = "form", min = 1, max = OperationParam.MAX_UNLIMITED) List<CanonicalType> forms,
			@OperationParam(name = "due", min = 0, max = 1) DateType due,
			RequestDetails request) {
		List<String> urls = forms == null ? List.of() : forms.stream().map(CanonicalType::getValue).toList();
		return reportingForms.request(caseId, urls, due == null ? null : due.getValue(), request);
	}
}
