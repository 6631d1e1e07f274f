package uk.org.cdrfhir.fhir;

/**
 * Marks a bean as a plain provider of FHIR operations (e.g. {@code $process-message},
 * {@code EpisodeOfCare/[id]/$transfer}); {@code config.FhirRestfulServerConfig} registers every one.
 */
public interface FhirOperationProvider {
}
