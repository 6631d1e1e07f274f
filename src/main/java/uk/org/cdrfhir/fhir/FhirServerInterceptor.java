package uk.org.cdrfhir.fhir;

/**
 * Marks a bean as an interceptor for the FHIR RestfulServer. Capability packages (intake, routing,
 * security, audit) declare their HAPI {@code @Interceptor} classes as beans implementing this, and
 * {@code config.FhirRestfulServerConfig} registers them in their {@code @Order}.
 */
public interface FhirServerInterceptor {
}
