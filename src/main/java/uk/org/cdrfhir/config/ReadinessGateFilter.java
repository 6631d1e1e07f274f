package uk.org.cdrfhir.config;

import uk.org.cdrfhir.fhir.OperationOutcomes;
import java.io.IOException;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 503 on the FHIR API until the server is ready: Tomcat accepts connections a moment
 * before start-up work (installing the package's definitions, the footprint's roles, the postcode
 * sample) has finished, and a notification routed in that moment would find no designated doctor.
 */
@Component
public class ReadinessGateFilter extends OncePerRequestFilter {

	private final ApplicationAvailability availability;
	private final FhirContext fhirContext;

	public ReadinessGateFilter(ApplicationAvailability availability, FhirContext fhirContext) {
		this.availability = availability;
		this.fhirContext = fhirContext;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !FhirRestfulServerConfig.isFhirApi(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			OperationOutcomes.writeUnavailable(fhirContext, response, 2, "The server is starting; try again in a moment");
			return;
		}
		chain.doFilter(request, response);
	}
}
