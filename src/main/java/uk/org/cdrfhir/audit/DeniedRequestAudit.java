package uk.org.cdrfhir.audit;

import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import uk.org.cdrfhir.security.DeniedRequestListener;
import uk.org.cdrfhir.security.SecurityOn;

/**
 * Records every request refused before it reached the FHIR server: for want of a valid token, or by
 * the HTTP firewall (who is unknown; from where is not).
 */
@Component
@SecurityOn
public class DeniedRequestAudit implements DeniedRequestListener {

	private final AuditTrail trail;

	public DeniedRequestAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void unauthenticated(HttpServletRequest request, Exception reason) {
		record(request, "401 no valid bearer token (" + reason.getClass().getSimpleName() + ")");
	}

	@Override
	public void rejected(HttpServletRequest request) {
		record(request, "400 refused by the HTTP firewall (a path with '..', '//', ';' or an encoded separator, or a malformed header)");
	}

	private void record(HttpServletRequest request, String description) {
		// as sent: the firewall refuses requests whose path the servlet container would normalise
		String query = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() != null ? "?" + request.getQueryString() : "");
		trail.record(new AuditTrail.Access(null, request.getRemoteAddr(), "unknown", query, List.of(), List.of(), false, true,
				description));
	}
}
