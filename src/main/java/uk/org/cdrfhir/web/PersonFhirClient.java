package uk.org.cdrfhir.web;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;

/**
 * The only way the web UI reaches data: a FHIR client that calls the FHIR API over HTTP with the
 * signed-in person's access token, so every page is answered by the same access rules, search
 * narrowing, record scope checks and audit trail as any other client with that token. No page reads
 * the database or HAPI's DAOs directly.
 */
@Component
public class PersonFhirClient {

	private final FhirContext fhirContext;
	private final WebProperties properties;
	private final Environment environment;

	public PersonFhirClient(FhirContext fhirContext, WebProperties properties, Environment environment) {
		this.fhirContext = fhirContext;
		this.properties = properties;
		this.environment = environment;
		// the API is this server (or one the operator names): no CapabilityStatement check before each first call
		fhirContext.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
	}

	/** A client acting as the person whose authorized client (access token) this is. */
	public IGenericClient as(OAuth2AuthorizedClient person) {
		IGenericClient client = fhirContext.newRestfulGenericClient(base());
		client.setEncoding(EncodingEnum.JSON);
		client.registerInterceptor(new BearerTokenAuthInterceptor(person.getAccessToken().getTokenValue()));
		return client;
	}

	/** The FHIR API's base URL as the pages call it. */
	public String base() {
		String configured = properties.fhirBase();
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		return "http://127.0.0.1:" + environment.getProperty("local.server.port", "8080") + "/fhir";
	}
}
