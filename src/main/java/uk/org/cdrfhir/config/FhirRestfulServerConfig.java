package uk.org.cdrfhir.config;

import uk.org.cdrfhir.fhir.FhirOperationProvider;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;
import uk.org.cdrfhir.fhir.ReplacesGeneratedProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.openapi.OpenApiInterceptor;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.IncomingRequestAddressStrategy;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.CorsInterceptor;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The FHIR REST API at {@code /fhir}: HAPI's RestfulServer with the JPA resource providers, the
 * CapabilityStatement naming this server, paging, OpenAPI and every interceptor the capability
 * packages contribute as {@link FhirServerInterceptor} beans.
 */
@Configuration
public class FhirRestfulServerConfig {

	public static final String FHIR_PATH = "/fhir";

	/**
	 * Whether a request is for the FHIR API (not the web UI, the IG pages or the token endpoint); a
	 * transaction or batch is posted to the base itself.
	 */
	public static boolean isFhirApi(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.equals(FHIR_PATH) || path.startsWith(FHIR_PATH + "/");
	}

	@Bean
	public RestfulServer restfulServer(
			IFhirSystemDao<?, ?> systemDao,
			JpaSystemProvider<?, ?> systemProvider,
			ResourceProviderFactory resourceProviderFactory,
			JpaStorageSettings storageSettings,
			ISearchParamRegistry searchParamRegistry,
			IValidationSupport validationSupport,
			DatabaseBackedPagingProvider pagingProvider,
			FhirServerProperties properties,
			Optional<BuildProperties> buildProperties,
			ObjectProvider<FhirServerInterceptor> interceptors,
			List<ReplacesGeneratedProvider> replacements,
			List<FhirOperationProvider> operations) {
		RestfulServer server = new RestfulServer(systemDao.getContext());
		server.setServerName(properties.getServerName());
		server.setServerVersion(buildProperties.map(BuildProperties::getVersion).orElse("development"));
		server.setImplementationDescription("cdr-fhir: Child Death Review FHIR R4 server");

		server.registerProviders(providers(resourceProviderFactory, replacements));
		server.registerProvider(systemProvider);
		operations.forEach(server::registerProvider);

		JpaCapabilityStatementProvider capabilityStatement = new JpaCapabilityStatementProvider(
				server, systemDao, storageSettings, searchParamRegistry, validationSupport);
		capabilityStatement.setImplementationDescription("cdr-fhir: Child Death Review FHIR R4 server");
		server.setServerConformanceProvider(capabilityStatement);

		pagingProvider.setDefaultPageSize(properties.getDefaultPageSize());
		pagingProvider.setMaximumPageSize(properties.getMaxPageSize());
		server.setPagingProvider(pagingProvider);
		server.setDefaultResponseEncoding(ca.uhn.fhir.rest.api.EncodingEnum.JSON);
		server.setServerAddressStrategy(properties.getServerAddress().isBlank()
				? new IncomingRequestAddressStrategy()
				: new HardcodedServerAddressStrategy(properties.getServerAddress()));

		server.registerInterceptor(new OpenApiInterceptor());
		corsInterceptor(properties.getCors().getAllowedOrigins()).ifPresent(server::registerInterceptor);
		interceptors.orderedStream().forEach(server::registerInterceptor);
		return server;
	}

	/** HAPI's generated JPA providers, except those a provider of ours replaces. */
	private static List<Object> providers(ResourceProviderFactory factory, List<ReplacesGeneratedProvider> replacements) {
		List<Object> providers = new ArrayList<>(factory.createProviders());
		for (ReplacesGeneratedProvider replacement : replacements) {
			providers.removeIf(provider -> provider instanceof IResourceProvider generated
					&& !(generated instanceof ReplacesGeneratedProvider)
					&& generated.getResourceType().equals(replacement.getResourceType()));
			providers.add(replacement);
		}
		return providers;
	}

	@Bean
	public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer restfulServer) {
		ServletRegistrationBean<RestfulServer> registration =
				new ServletRegistrationBean<>(restfulServer, FHIR_PATH + "/*");
		registration.setName("fhir");
		// initialise at start-up, so the first client does not pay for it
		registration.setLoadOnStartup(1);
		return registration;
	}

	/** CORS stays closed (no interceptor at all) unless origins are configured. */
	private static Optional<CorsInterceptor> corsInterceptor(List<String> allowedOrigins) {
		if (allowedOrigins.isEmpty()) {
			return Optional.empty();
		}
		CorsConfiguration config = new CorsConfiguration();
		List.of(HttpHeaders.ORIGIN, HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION,
						HttpHeaders.IF_MATCH, "If-None-Exist", "Prefer")
				.forEach(config::addAllowedHeader);
		allowedOrigins.forEach(config::addAllowedOriginPattern);
		config.addExposedHeader(HttpHeaders.LOCATION);
		config.addExposedHeader(HttpHeaders.CONTENT_LOCATION);
		config.addExposedHeader(HttpHeaders.ETAG);
		config.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "HEAD"));
		return Optional.of(new CorsInterceptor(config));
	}
}
