package uk.org.cdrfhir.fhir;

/**
 * Marks a bean as a HAPI interceptor on the JPA storage layer (pointcuts {@code STORAGE_*},
 * {@code JPA_*}). These run for every write, whether it came through the FHIR API, the web UI or
 * the server's own services. {@code config.StorageInterceptorRegistration} registers them.
 */
public interface StorageInterceptor {
}
