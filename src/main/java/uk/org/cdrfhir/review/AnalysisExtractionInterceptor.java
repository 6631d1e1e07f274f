package uk.org.cdrfhir.review;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/**
 * An Analysis Form, once stored (created or amended), is handed to {@link AnalysisForms#extract} in
 * the same transaction: the case's coded Observations follow it, or nothing is stored.
 */
@Component
@Interceptor
public class AnalysisExtractionInterceptor implements StorageInterceptor {

	private final AnalysisForms analysisForms;

	public AnalysisExtractionInterceptor(AnalysisForms analysisForms) {
		this.analysisForms = analysisForms;
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
	public void created(IBaseResource resource, TransactionDetails transaction) {
		if (AnalysisForms.isAnalysis(resource)) {
			analysisForms.extract((QuestionnaireResponse) resource, transaction);
		}
	}

	@Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
	public void updated(IBaseResource previous, IBaseResource updated, TransactionDetails transaction) {
		if (AnalysisForms.isAnalysis(updated)) {
			analysisForms.extract((QuestionnaireResponse) updated, transaction);
		}
	}
}
