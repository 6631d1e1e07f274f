package uk.org.cdrfhir.review;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * Answers that name a reporting form request (a QuestionnaireResponse or a DocumentReference with
 * the reporting-form-request extension), once stored, are handed to {@link ReportingForms#answered}
 * in the same transaction: the request is done with them, or the answers are refused.
 */
@Component
@Interceptor
public class ReportingFormAnswerInterceptor implements StorageInterceptor {

	private final ReportingForms reportingForms;

	public ReportingFormAnswerInterceptor(ReportingForms reportingForms) {
		this.reportingForms = reportingForms;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void answersStored(IBaseResource resource, TransactionDetails transaction) {
		if ((resource instanceof QuestionnaireResponse || resource instanceof DocumentReference)
				&& ((DomainResource) resource).getExtensionByUrl(CdrUrls.REPORTING_FORM_REQUEST) != null) {
			reportingForms.answered((DomainResource) resource, transaction);
		}
	}
}
