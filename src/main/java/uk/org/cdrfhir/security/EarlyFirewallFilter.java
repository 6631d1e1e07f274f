package uk.org.cdrfhir.security;

import java.io.IOException;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Spring Security's HTTP firewall (its defaults), applied in front of Spring Security's filters:
 * those start by parsing the request path against the servlet's path, which fails with a 500 and a
 * stack trace on a path that is not normalised (e.g. {@code /ig/../fhir/EpisodeOfCare/1} reaches the
 * FHIR servlet, whose path {@code /fhir} the raw path does not start with) before Spring Security's
 * own firewall would refuse it. A refused request is answered by {@link FirewallRejectionHandler}.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
public class EarlyFirewallFilter extends OncePerRequestFilter {

	private final StrictHttpFirewall firewall = new StrictHttpFirewall();
	private final FirewallRejectionHandler rejections;

	public EarlyFirewallFilter(FirewallRejectionHandler rejections) {
		this.rejections = rejections;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			firewall.getFirewalledRequest(request);
		} catch (RequestRejectedException rejection) {
			rejections.handle(request, response, rejection);
			return;
		}
		chain.doFilter(request, response);
	}
}
