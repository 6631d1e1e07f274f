package uk.org.cdrfhir.security;

import java.io.IOException;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Answers a FHIR request without a valid token: 401 with an OperationOutcome that says only that a
 * valid bearer token is needed. Why a token failed (expired, wrong issuer, bad signature) is not
 * told to the caller; it is in the audit trail.
 */
@Component
@SecurityOn
public class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final FhirContext fhirContext;
	private final DeniedRequestListener deniedRequests;

	public ApiAuthenticationEntryPoint(FhirContext fhirContext, DeniedRequestListener deniedRequests) {
		this.fhirContext = fhirContext;
		this.deniedRequests = deniedRequests;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		deniedRequests.unauthenticated(request, failure);
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		OperationOutcomes.write(fhirContext, response, HttpServletResponse.SC_UNAUTHORIZED, OperationOutcomes.error(
				IssueType.LOGIN, "A valid bearer token is required (OAuth 2.0; see /.well-known/smart-configuration)"));
	}
}
