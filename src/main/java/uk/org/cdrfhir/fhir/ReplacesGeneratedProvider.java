package uk.org.cdrfhir.fhir;

import ca.uhn.fhir.rest.server.IResourceProvider;

/**
 * A resource provider of ours that takes the place of HAPI's generated JPA provider for the same
 * resource type (e.g. the notification intake for Bundle). {@code config.FhirRestfulServerConfig}
 * registers it instead.
 */
public interface ReplacesGeneratedProvider extends IResourceProvider {
}
