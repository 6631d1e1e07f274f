package uk.org.cdrfhir.security;

import java.util.Optional;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * A stored record as a caller may know it: present only when it exists and the caller may see it,
 * so that "not yours" and "not there" lead to the same answer wherever a record is looked up.
 */
@Component
public class VisibleRecords {

	private final AccessPolicy policy;
	private final DaoRegistry daoRegistry;

	public VisibleRecords(AccessPolicy policy, DaoRegistry daoRegistry) {
		this.policy = policy;
		this.daoRegistry = daoRegistry;
	}

	public Optional<IBaseResource> find(Caller caller, IIdType id) {
		return stored(id).filter(stored -> policy.maySee(caller, stored));
	}

	/**
	 * The record as the caller of this request may know it, for a service an operation calls; where
	 * access control is switched off (a benchmark without security), as stored.
	 */
	public Optional<IBaseResource> findForCurrentCaller(IIdType id) {
		return Caller.current().map(caller -> find(caller, id)).orElseGet(() -> stored(id));
	}

	private Optional<IBaseResource> stored(IIdType id) {
		if (id == null || !id.hasResourceType() || !id.hasIdPart() || !daoRegistry.isResourceTypeSupported(id.getResourceType())) {
			return Optional.empty();
		}
		try {
			return Optional.of(daoRegistry.getResourceDao(id.getResourceType())
					.read(id.toUnqualifiedVersionless(), new SystemRequestDetails()));
		} catch (ResourceNotFoundException | ResourceGoneException notStored) {
			return Optional.empty();
		}
	}
}
