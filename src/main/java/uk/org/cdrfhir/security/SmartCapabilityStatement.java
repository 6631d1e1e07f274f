package uk.org.cdrfhir.security;

import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.fhir.FhirServerInterceptor;

/**
 * Tells clients in the CapabilityStatement that the API is protected by SMART on FHIR / OAuth 2.0
 * and where the token endpoint is ({@code rest.security}, with the SMART oauth-uris extension).
 */
@Component
@Interceptor
@SecurityOn
public class SmartCapabilityStatement implements FhirServerInterceptor {

	private static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

	private final SecurityProperties properties;

	public SmartCapabilityStatement(SecurityProperties properties) {
		this.properties = properties;
	}

	@Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
	public void describeSecurity(IBaseConformance generated) {
		CapabilityStatement.CapabilityStatementRestSecurityComponent security =
				((CapabilityStatement) generated).getRestFirstRep().getSecurity();
		security.setCors(false);
		security.addService(new CodeableConcept(new Coding(
				"http://terminology.hl7.org/CodeSystem/restful-security-service", "SMART-on-FHIR", "SMART-on-FHIR")));
		security.setDescription("OAuth 2.0 bearer tokens (SMART Backend Services for systems, OpenID Connect for"
				+ " people) from " + properties.getIssuer() + "; see /.well-known/smart-configuration");
		Extension uris = security.addExtension().setUrl(OAUTH_URIS);
		uris.addExtension("token", new UriType(properties.tokenEndpointOrDefault()));
	}
}
