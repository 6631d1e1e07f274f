package uk.org.cdrfhir.audit;

import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import uk.org.cdrfhir.security.DeniedRequestListener;
import uk.org.cdrfhir.security.SecurityOn;

/** Records every FHIR request refused for want of a valid token (who is unknown; from where is not). */
@Component
@SecurityOn
public class UnauthenticatedRequestAudit implements DeniedRequestListener {

	private final AuditTrail trail;

	public UnauthenticatedRequestAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void unauthenticated(HttpServletRequest request, Exception reason) {
		String query = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() != null ? "?" + request.getQueryString() : "");
		trail.record(new AuditTrail.Access(null, request.getRemoteAddr(), "unknown", query, List.of(), false, true,
				"401 no valid bearer token (" + reason.getClass().getSimpleName() + ")"));
	}
}
