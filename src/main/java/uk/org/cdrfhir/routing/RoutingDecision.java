package uk.org.cdrfhir.routing;

import java.util.Optional;

/**
 * Where a case goes, decided once from the child's residence (or by the CDR Manager's transfer):
 * how the residence came out, the responsible local authority if known, and the role the case is
 * routed to. {@link #reviewArea()} is the designated doctor's id when the case goes to one (the
 * area its records are labelled with); empty when it stays with the CDR Manager.
 */
public record RoutingDecision(Residence.Outcome outcome, Optional<String> gssCode, Optional<String> areaName,
		String careManagerRoleId, Optional<String> reviewArea) {

	public boolean inArea() {
		return outcome == Residence.Outcome.IN_AREA;
	}
}
