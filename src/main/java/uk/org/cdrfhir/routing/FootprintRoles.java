package uk.org.cdrfhir.routing;

import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;

/**
 * Keeps a PractitionerRole for every role work is routed to (each designated doctor, the CDR
 * Manager), with the id configured in {@code cdr.footprint}, so tasks and cases can name their
 * owner before any person is assigned to the role.
 */
@Component
public class FootprintRoles {

	private static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

	private final FootprintProperties footprint;
	private final DaoRegistry daoRegistry;

	public FootprintRoles(FootprintProperties footprint, DaoRegistry daoRegistry) {
		this.footprint = footprint;
		this.daoRegistry = daoRegistry;
	}

	@EventListener(ContextRefreshedEvent.class)
	public void install() {
		Stream.concat(footprint.getDesignatedDoctors().stream(), Stream.of(footprint.getCdrManager()))
				.map(FootprintRoles::toPractitionerRole)
				.forEach(role -> daoRegistry.getResourceDao(PractitionerRole.class).update(role, new SystemRequestDetails()));
	}

	public static Reference reference(String roleId) {
		return new Reference("PractitionerRole/" + roleId);
	}

	private static PractitionerRole toPractitionerRole(FootprintProperties.Role role) {
		PractitionerRole resource = new PractitionerRole();
		resource.setId(role.getId());
		resource.setActive(true);
		resource.addCode().setText(role.getTitle());
		if (role.getOrganizationOds() != null) {
			resource.setOrganization(new Reference().setIdentifier(
					new Identifier().setSystem(ODS_SYSTEM).setValue(role.getOrganizationOds())));
		}
		return resource;
	}
}
