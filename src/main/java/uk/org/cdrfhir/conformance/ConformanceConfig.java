package uk.org.cdrfhir.conformance;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.jpa.config.JpaConfig;

/** The cdr-fhir package and the validator built from it, once per server. */
@Configuration
public class ConformanceConfig {

	@Bean
	public CdrPackage cdrPackage(FhirContext fhirContext) {
		return CdrPackage.load(fhirContext);
	}

	@Bean
	public SenderOutcome senderOutcome(FhirContext fhirContext, CdrPackage cdrPackage) {
		return new SenderOutcome(fhirContext, cdrPackage);
	}

	@Bean
	public ProfileValidator profileValidator(FhirContext fhirContext, CdrPackage cdrPackage,
			@Qualifier(JpaConfig.DEFAULT_PROFILE_VALIDATION_SUPPORT) DefaultProfileValidationSupport baseDefinitions) {
		return new ProfileValidator(fhirContext, cdrPackage, baseDefinitions);
	}
}
