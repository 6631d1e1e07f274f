package uk.org.cdrfhir.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;

/**
 * Whether a storage hook runs for the server's own work (intake, routing, audit, start-up data): that work
 * runs with system request details, or none, never with a caller's. Guards that check a caller skip it.
 */
public final class ServerOwnWork {

	private ServerOwnWork() {
	}

	public static boolean is(RequestDetails request) {
		return request == null || request instanceof SystemRequestDetails;
	}
}
