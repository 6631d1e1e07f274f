package uk.org.cdrfhir.config;

import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;

/** Names this server in the CapabilityStatement HAPI generates. */
@Component
@Interceptor
public class CapabilityStatementCustomizer implements FhirServerInterceptor {

	private final FhirServerProperties properties;

	public CapabilityStatementCustomizer(FhirServerProperties properties) {
		this.properties = properties;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void describeServer(IBaseConformance generated) {
		CapabilityStatement capability = (CapabilityStatement) generated;
		capability.setName(properties.getServerName());
		capability.setTitle("cdr-fhir: Child Death Review FHIR server");
		capability.setPublisher("cdr-fhir");
	}
}
