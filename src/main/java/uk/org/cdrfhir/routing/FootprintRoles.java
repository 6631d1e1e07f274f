package uk.org.cdrfhir.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;

/**
 * Keeps a PractitionerRole for every role work is routed to (each designated doctor, the CDR
 * Manager), with the id configured in {@code cdr.footprint}, so tasks and cases can name their
 * owner before any person is assigned to the role.
 *
 * <p>Remembers each role's database key from installing it, so that a case or task naming the role
 * is stored without a query for it (two per notification otherwise). A resource keeps its key for
 * the life of the database (deleting it keeps the row; expunging is refused to every caller).
 */
@Component
public class FootprintRoles {

	private static final String ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";

	private final FootprintProperties footprint;
	private final DaoRegistry daoRegistry;
	private final Map<String, Long> databaseKeys = new ConcurrentHashMap<>();

	public FootprintRoles(FootprintProperties footprint, DaoRegistry daoRegistry) {
		this.footprint = footprint;
		this.daoRegistry = daoRegistry;
	}

	@EventListener(ContextRefreshedEvent.class)
	public void install() {
		Stream.concat(footprint.getDesignatedDoctors().stream(), Stream.of(footprint.getCdrManager()))
				.map(FootprintRoles::toPractitionerRole)
				.forEach(role -> {
					var stored = daoRegistry.getResourceDao(PractitionerRole.class).update(role, new SystemRequestDetails());
					if (stored.getPersistentId() instanceof JpaPid key) {
						databaseKeys.put(role.getIdElement().getIdPart(), key.getId());
					}
				});
	}

	/** A reference to the role, made known to the transaction with its database key (see above). */
	public Reference reference(String roleId, TransactionDetails transaction) {
		Reference reference = new Reference("PractitionerRole/" + roleId);
		Long key = databaseKeys.get(roleId);
		if (key != null) {
			IdType id = new IdType(reference.getReference());
			JpaPid resolved = JpaPid.fromIdAndResourceType(key, "PractitionerRole");
			resolved.setAssociatedResourceId(id);
			transaction.addResolvedResourceId(id, resolved);
		}
		return reference;
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
