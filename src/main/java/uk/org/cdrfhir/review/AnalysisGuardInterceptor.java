package uk.org.cdrfhir.review;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.fhir.StorageInterceptor;

/** An Analysis Form is written only while it may be: one per case, none after the case is closed ({@link AnalysisForms}). */
@Component
@Interceptor
public class AnalysisGuardInterceptor implements StorageInterceptor {

	private final AnalysisForms analysisForms;

	public AnalysisGuardInterceptor(AnalysisForms analysisForms) {
		this.analysisForms = analysisForms;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void beforeCreate(IBaseResource resource) {
		if (AnalysisForms.isAnalysis(resource)) {
			analysisForms.requireMayWrite((QuestionnaireResponse) resource, true);
		}
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
	public void beforeUpdate(IBaseResource previous, IBaseResource updated) {
		if (AnalysisForms.isAnalysis(updated)) {
			analysisForms.requireMayWrite((QuestionnaireResponse) updated, false);
		}
	}
}
