package uk.org.cdrfhir.cqlbench;

import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;

/**
 * The FHIR API at {@code /fhir}: HAPI's generated JPA providers and the system provider (transactions).
 * The clinical-reasoning operations ($evaluate-measure among them) are added by HAPI's own
 * {@code CrR4Config} when the context is refreshed (see {@link ClinicalReasoningConfig}).
 */
@Configuration
public class RestConfig {

	@Bean
	public RestfulServer restfulServer(IFhirSystemDao<?, ?> systemDao, JpaSystemProvider<?, ?> systemProvider,
			ResourceProviderFactory resourceProviders, DatabaseBackedPagingProvider pagingProvider) {
		RestfulServer server = new RestfulServer(systemDao.getContext());
		server.registerProviders(resourceProviders.createProviders());
		server.registerProvider(systemProvider);
		pagingProvider.setDefaultPageSize(200);
		pagingProvider.setMaximumPageSize(1000);
		server.setPagingProvider(pagingProvider);
		server.setDefaultResponseEncoding(EncodingEnum.JSON);
		return server;
	}

	@Bean
	public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer restfulServer) {
		ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(restfulServer, "/fhir/*");
		registration.setName("fhir");
		registration.setLoadOnStartup(1);
		return registration;
	}
}
