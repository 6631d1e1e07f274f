package uk.org.cdrfhir.routing;

import java.util.Optional;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The routing rule in one place: a child resident in an area of the footprint goes to that area's
 * designated doctor; anyone else (elsewhere in England, abroad, unresolved) to the CDR Manager.
 */
@Component
public class CaseRouter {

	private final ResidenceResolver residenceResolver;
	private final FootprintProperties footprint;
	private final FootprintRoles roles;

	public CaseRouter(ResidenceResolver residenceResolver, FootprintProperties footprint, FootprintRoles roles) {
		this.residenceResolver = residenceResolver;
		this.footprint = footprint;
		this.roles = roles;
	}

	/** The decision for a new case, from the child's residence as the notification gives it. */
	public RoutingDecision decide(Patient child) {
		Residence residence = residenceResolver.resolve(child);
		return decision(residence.outcome(), residence.gssCode());
	}

	/** The decision for a case the CDR Manager transfers to a local authority (by GSS code). */
	public RoutingDecision transferTo(String gssCode) {
		return decision(footprint.area(gssCode).isPresent() ? Residence.Outcome.IN_AREA : Residence.Outcome.OUT_OF_AREA,
				Optional.of(gssCode));
	}

	private RoutingDecision decision(Residence.Outcome outcome, Optional<String> gssCode) {
		Optional<FootprintProperties.Area> area = gssCode.flatMap(footprint::area);
		Optional<String> designatedDoctor = outcome == Residence.Outcome.IN_AREA
				? area.map(FootprintProperties.Area::getDesignatedDoctor) : Optional.empty();
		return new RoutingDecision(outcome, gssCode, area.map(FootprintProperties.Area::getName),
				designatedDoctor.orElse(footprint.getCdrManager().getId()), designatedDoctor);
	}

	/** Writes the decision on the case: how it was routed, the responsible area, the care manager. */
	public void apply(RoutingDecision decision, EpisodeOfCare episode, TransactionDetails transaction) {
		episode.getExtension().removeIf(extension -> CdrUrls.ROUTING_OUTCOME.equals(extension.getUrl())
				|| CdrUrls.RESPONSIBLE_AREA.equals(extension.getUrl()));
		episode.addExtension(CdrUrls.ROUTING_OUTCOME,
				new Coding(CdrUrls.ROUTING_OUTCOME_SYSTEM, decision.outcome().code(), decision.outcome().display()));
		decision.gssCode().ifPresent(gss -> episode.addExtension(CdrUrls.RESPONSIBLE_AREA,
				new Coding(CdrUrls.GSS_SYSTEM, gss, decision.areaName().orElse(null))));
		episode.setCareManager(roles.reference(decision.careManagerRoleId(), transaction));
	}
}
