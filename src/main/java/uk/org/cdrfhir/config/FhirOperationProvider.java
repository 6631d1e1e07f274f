package uk.org.cdrfhir.config;

/**
 * Marks a bean as a plain provider of FHIR operations (e.g. {@code $process-message},
 * {@code EpisodeOfCare/[id]/$transfer}); {@link FhirRestfulServerConfig} registers every one.
 */
public interface FhirOperationProvider {
}
