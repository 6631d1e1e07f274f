package uk.org.cdrfhir.security;

import jakarta.servlet.http.HttpServletRequest;

/** Told of every request refused before it reached the FHIR server or the web UI, so it can be audited. */
public interface DeniedRequestListener {

	/** A request without a valid token (missing, expired, badly signed, wrong issuer or audience...). */
	void unauthenticated(HttpServletRequest request, Exception reason);

	/** A request the HTTP firewall refused (a path with {@code ..}, {@code //} or {@code ;}, a bad header...). */
	void rejected(HttpServletRequest request);
}
