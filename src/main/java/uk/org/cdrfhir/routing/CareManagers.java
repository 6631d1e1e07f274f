package uk.org.cdrfhir.routing;

import java.util.Optional;

import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/**
 * The routing rule in one place: a child resident in an area of the footprint goes to that area's
 * designated doctor; anyone else (elsewhere in England, abroad, unresolved) to the CDR Manager.
 */
@Component
public class CareManagers {

	private final ResidenceResolver residenceResolver;
	private final FootprintProperties footprint;

	public CareManagers(ResidenceResolver residenceResolver, FootprintProperties footprint) {
		this.residenceResolver = residenceResolver;
		this.footprint = footprint;
	}

	/** The id of the PractitionerRole a case with this residence is routed to. */
	public String of(Residence residence) {
		return residence.outcome() == Residence.Outcome.IN_AREA
				? footprint.area(residence.gssCode().orElseThrow()).orElseThrow().getDesignatedDoctor()
				: footprint.getCdrManager().getId();
	}

	/** The designated doctor the child's case goes to, if it goes to one (not to the CDR Manager). */
	public Optional<String> designatedDoctorFor(Patient child) {
		Residence residence = residenceResolver.resolve(child);
		return residence.outcome() == Residence.Outcome.IN_AREA ? Optional.of(of(residence)) : Optional.empty();
	}
}
