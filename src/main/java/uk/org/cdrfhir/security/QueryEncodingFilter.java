package uk.org.cdrfhir.security;

import java.io.IOException;
import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * Refuses a query string with a malformed percent-escape ({@code %} not followed by two hex digits)
 * with 400 and an OperationOutcome. HAPI's parameter decoding would fail on it with a 500.
 */
@Component
public class QueryEncodingFilter extends OncePerRequestFilter {

	private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	private final FhirContext fhirContext;

	public QueryEncodingFilter(FhirContext fhirContext) {
		this.fhirContext = fhirContext;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && MALFORMED_ESCAPE.matcher(query).find()) {
			OperationOutcomes.write(fhirContext, response, HttpServletResponse.SC_BAD_REQUEST, OperationOutcomes.error(
					IssueType.INVALID, "The query string is not well encoded: '%' must be followed by two hexadecimal digits"
							+ " (write a literal '%' as %25)"));
			return;
		}
		chain.doFilter(request, response);
	}
}
