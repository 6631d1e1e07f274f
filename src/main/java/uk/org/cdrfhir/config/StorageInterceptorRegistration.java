package uk.org.cdrfhir.config;

import uk.org.cdrfhir.fhir.StorageInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.IInterceptorService;

/**
 * Registers every {@link StorageInterceptor} with HAPI's JPA interceptor service. (Registering them
 * on the RestfulServer as well would call their hooks twice for REST requests.)
 */
@Component
public class StorageInterceptorRegistration implements SmartInitializingSingleton {

	private final IInterceptorService interceptorService;
	private final ObjectProvider<StorageInterceptor> interceptors;

	public StorageInterceptorRegistration(IInterceptorService interceptorService,
			ObjectProvider<StorageInterceptor> interceptors) {
		this.interceptorService = interceptorService;
		this.interceptors = interceptors;
	}

	@Override
	public void afterSingletonsInstantiated() {
		interceptors.orderedStream().forEach(interceptorService::registerInterceptor);
	}
}
