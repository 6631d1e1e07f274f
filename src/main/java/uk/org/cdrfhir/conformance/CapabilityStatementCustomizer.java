package uk.org.cdrfhir.conformance;

import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.config.FhirServerProperties;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;

/** Names this server, its implementation guide and its profiles in the CapabilityStatement HAPI generates. */
@Component
@Interceptor
public class CapabilityStatementCustomizer implements FhirServerInterceptor {

	private final FhirServerProperties properties;
	private final CdrPackage cdrPackage;

	public CapabilityStatementCustomizer(FhirServerProperties properties, CdrPackage cdrPackage) {
		this.properties = properties;
		this.cdrPackage = cdrPackage;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void describeServer(IBaseConformance generated) {
		CapabilityStatement capability = (CapabilityStatement) generated;
		capability.setName(properties.getServerName());
		capability.setTitle("cdr-fhir: Child Death Review FHIR server");
		capability.setPublisher("cdr-fhir");
		capability.addImplementationGuide(CdrPackage.CANONICAL_BASE + "/ImplementationGuide/" + cdrPackage.name());
		listProfiles(capability);
	}

	/** Each cdr-fhir profile under the resource type it constrains. */
	private void listProfiles(CapabilityStatement capability) {
		for (StructureDefinition profile : cdrPackage.profiles()) {
			capability.getRestFirstRep().getResource().stream()
					.filter(resource -> resource.getType().equals(profile.getType()))
					.findFirst()
					.filter(resource -> !resource.hasSupportedProfile(profile.getUrl()))
					.ifPresent(resource -> resource.addSupportedProfile(profile.getUrl()));
		}
	}
}
