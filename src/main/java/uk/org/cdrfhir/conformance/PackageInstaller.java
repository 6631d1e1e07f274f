package uk.org.cdrfhir.conformance;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.SearchParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.registry.SearchParamRegistryImpl;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;

/**
 * Stores the package's conformance resources (profiles, extensions, code systems, value sets,
 * search parameters, the Analysis form, the Measure) in the server at start-up, under their own
 * ids, so the FHIR API serves exactly what the validator uses. Unchanged definitions make no new
 * version.
 *
 * <p>Runs once the context is refreshed, after HAPI has registered its batch jobs (a new
 * SearchParameter starts a reindex job) and before the server reports itself ready.
 *
 * <p>HAPI's package installer (IPackageInstallerSvc) is not used: it installs an NPM package file
 * and keeps it in its package cache tables too, whereas this stores the very definitions the
 * validator holds ({@link CdrPackage}, from the classpath) and skips those stored unchanged.
 */
@Component
public class PackageInstaller {

	private static final Logger log = LoggerFactory.getLogger(PackageInstaller.class);

	private final CdrPackage cdrPackage;
	private final DaoRegistry daoRegistry;
	private final SearchParamRegistryImpl searchParamRegistry;
	private final FhirContext fhirContext;

	public PackageInstaller(CdrPackage cdrPackage, DaoRegistry daoRegistry, SearchParamRegistryImpl searchParamRegistry,
			FhirContext fhirContext) {
		this.cdrPackage = cdrPackage;
		this.daoRegistry = daoRegistry;
		this.searchParamRegistry = searchParamRegistry;
		this.fhirContext = fhirContext;
	}

	@EventListener(ContextRefreshedEvent.class)
	public void install() {
		long start = System.nanoTime();
		for (MetadataResource resource : cdrPackage.conformanceResources()) {
			if (resource instanceof ImplementationGuide) {
				continue; // it lists the examples, which are documentation, not data of this server
			}
			if (!storedUnchanged(resource)) {
				daoRegistry.getResourceDao(resource.fhirType()).update(resource.copy(), new SystemRequestDetails());
			}
		}
		if (!cdrPackage.conformanceResources(SearchParameter.class).isEmpty()) {
			searchParamRegistry.forceRefresh();
		}
		log.info("Installed FHIR package {}#{}: {} conformance resources in {} ms", cdrPackage.name(),
				cdrPackage.version(), cdrPackage.conformanceResources().size(), (System.nanoTime() - start) / 1_000_000);
	}

	/** On a restart most definitions are already stored as they are: no write (and no reindex) for those. */
	private boolean storedUnchanged(MetadataResource resource) {
		try {
			IBaseResource stored = daoRegistry.getResourceDao(resource.fhirType())
					.read(resource.getIdElement().toUnqualifiedVersionless(), new SystemRequestDetails());
			return CdrPackage.contentHash(fhirContext, stored).equals(cdrPackage.contentHashes().get(resource.getUrl()));
		} catch (ResourceNotFoundException | ResourceGoneException e) {
			return false;
		}
	}
}
