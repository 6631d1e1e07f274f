package uk.org.cdrfhir.ig;

import java.util.List;

/**
 * A code system or value set with its codes.
 *
 * @param resourceType {@code CodeSystem} or {@code ValueSet}
 * @param codes a value set's codes, expanded from the package's code systems where it includes
 *        a whole system
 */
public record TerminologyEntry(String resourceType, String id, String url, String title, String description,
		List<Code> codes) {

	public String apiPath() {
		return "/fhir/" + resourceType + "/" + id;
	}

	public record Code(String system, String code, String display, String definition) {
	}
}
