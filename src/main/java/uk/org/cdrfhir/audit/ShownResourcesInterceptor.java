package uk.org.cdrfhir.audit;

import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import uk.org.cdrfhir.config.StorageInterceptor;
import uk.org.cdrfhir.security.SecurityOn;

/**
 * Notes which records a caller is shown (after access control has left out the others), for the
 * request's audit event.
 */
@Component
@Interceptor
@SecurityOn
public class ShownResourcesInterceptor implements StorageInterceptor {

	/** After the access rules' own check of the same resources. */
	static final int ORDER = 1000;

	@Hook(value = Pointcut.STORAGE_PRESHOW_RESOURCES, order = ORDER)
	public void noteShown(IPreResourceShowDetails shown, RequestDetails request) {
		if (request == null || request instanceof SystemRequestDetails) {
			return;
		}
		AuditedRequest audited = AuditedRequest.of(request);
		for (int i = 0; i < shown.size(); i++) {
			if (shown.getResource(i) != null) {
				audited.shown(shown.getResource(i));
			}
		}
	}
}
