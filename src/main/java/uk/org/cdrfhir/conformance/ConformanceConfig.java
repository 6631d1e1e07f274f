package uk.org.cdrfhir.conformance;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;

/** The cdr-fhir package and the validator built from it, once per server. */
@Configuration
public class ConformanceConfig {

	@Bean
	public CdrPackage cdrPackage(FhirContext fhirContext) {
		return CdrPackage.load(fhirContext);
	}

	@Bean
	public ProfileValidator profileValidator(FhirContext fhirContext, CdrPackage cdrPackage) {
		return new ProfileValidator(fhirContext, cdrPackage);
	}
}
