package uk.org.cdrfhir.routing;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.config.SameTransaction;
import uk.org.cdrfhir.config.StorageInterceptor;
import uk.org.cdrfhir.conformance.CdrUrls;

/**
 * Routes each new case by the child's normal residence, before it is stored: in the footprint, to
 * the area's designated doctor; elsewhere in England or unresolved, to the CDR Manager. Records the
 * responsible area and how the residence was found on the case.
 */
@Component
@Interceptor
public class CaseRoutingInterceptor implements StorageInterceptor {

	private final ResidenceResolver residenceResolver;
	private final FootprintProperties footprint;
	private final DaoRegistry daoRegistry;
	private final CareManagers careManagers;
	private final FootprintRoles roles;

	public CaseRoutingInterceptor(ResidenceResolver residenceResolver, FootprintProperties footprint,
			DaoRegistry daoRegistry, CareManagers careManagers, FootprintRoles roles) {
		this.residenceResolver = residenceResolver;
		this.footprint = footprint;
		this.daoRegistry = daoRegistry;
		this.careManagers = careManagers;
		this.roles = roles;
	}

	@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
	public void route(IBaseResource resource, TransactionDetails transaction) {
		if (!(resource instanceof EpisodeOfCare episode) || !episode.getMeta().hasProfile(CdrUrls.CASE_PROFILE)
				|| episode.hasExtension(CdrUrls.ROUTING_OUTCOME)) {
			return;
		}
		Patient child = SameTransaction.read(daoRegistry.getResourceDao(Patient.class),
				new IdType(episode.getPatient().getReference()), transaction);
		Residence residence = residenceResolver.resolve(child);

		episode.addExtension(CdrUrls.ROUTING_OUTCOME,
				new Coding(CdrUrls.ROUTING_OUTCOME_SYSTEM, residence.outcome().code(), residence.outcome().display()));
		residence.gssCode().ifPresent(gss -> episode.addExtension(CdrUrls.RESPONSIBLE_AREA,
				new Coding(CdrUrls.GSS_SYSTEM, gss, footprint.area(gss).map(FootprintProperties.Area::getName).orElse(null))));
		episode.setCareManager(roles.reference(careManagers.of(residence), transaction));
	}
}
