package uk.org.cdrfhir.security;

import java.io.IOException;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * A request Spring Security's HTTP firewall refuses (e.g. {@code /ig/../fhir/...}, which would reach
 * the API past the rules of its path) is a client's mistake or a probe: 400 with an OperationOutcome,
 * one log line without the request's target (it may hold identifiers) or a stack trace, and an audit
 * event. Spring Security uses this bean in place of its default, which rethrows (a 500).
 */
@Component
public class FirewallRejectionHandler implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(FirewallRejectionHandler.class);

	private final FhirContext fhirContext;
	private final ObjectProvider<DeniedRequestListener> deniedRequests;

	public FirewallRejectionHandler(FhirContext fhirContext, ObjectProvider<DeniedRequestListener> deniedRequests) {
		this.fhirContext = fhirContext;
		this.deniedRequests = deniedRequests;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejection)
			throws IOException {
		log.info("Refused a {} request from {}: the HTTP firewall rejects its target or headers", request.getMethod(),
				request.getRemoteAddr());
		deniedRequests.ifAvailable(listener -> listener.rejected(request));
		OperationOutcomes.write(fhirContext, response, HttpServletResponse.SC_BAD_REQUEST, OperationOutcomes.error(
				IssueType.INVALID, "The request's path or headers are not acceptable: a path may not contain '..', "
						+ "'//', ';' or an encoded '/', '\\' or '%'"));
	}
}
