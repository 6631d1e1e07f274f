package uk.org.cdrfhir.ig;

import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.conformance.CdrPackage;

/**
 * Turns canonical URLs into links to this guide's pages when the package defines them; anything
 * else (base FHIR, UK Core) stays text, as the server is often offline from those sites.
 */
@Component
public class CanonicalLinks {

	private final CdrPackage cdrPackage;

	public CanonicalLinks(CdrPackage cdrPackage) {
		this.cdrPackage = cdrPackage;
	}

	public Link to(String canonical) {
		String url = withoutVersion(canonical);
		return resolve(url).map(resource -> new Link(resource.getIdElement().getIdPart(), pathOf(resource)))
				.orElseGet(() -> Link.text(url.substring(url.lastIndexOf('/') + 1)));
	}

	private Optional<MetadataResource> resolve(String url) {
		return cdrPackage.conformanceResources().stream().filter(resource -> url.equals(resource.getUrl())).findFirst();
	}

	private static String pathOf(MetadataResource resource) {
		String id = resource.getIdElement().getIdPart();
		if (resource instanceof StructureDefinition) {
			return "/ig/profiles/" + id;
		}
		if (resource instanceof ValueSet || resource instanceof CodeSystem) {
			return "/ig/terminology/" + id;
		}
		return "/fhir/" + resource.fhirType() + "/" + id;
	}

	/** A canonical may pin a version ({@code url|4.0.1}); the package holds one version of each. */
	private static String withoutVersion(String canonical) {
		int bar = canonical.indexOf('|');
		return bar < 0 ? canonical : canonical.substring(0, bar);
	}
}
