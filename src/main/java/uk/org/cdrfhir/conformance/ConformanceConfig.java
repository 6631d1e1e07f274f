package uk.org.cdrfhir.conformance;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.jpa.config.JpaConfig;

/** The cdr-fhir package and the validator built from it, once per server. */
@Configuration
public class ConformanceConfig {

	private static final Logger log = LoggerFactory.getLogger(ConformanceConfig.class);

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
			@Qualifier(JpaConfig.DEFAULT_PROFILE_VALIDATION_SUPPORT) DefaultProfileValidationSupport baseDefinitions,
			UkCoreProperties ukCore) {
		Optional<ExternalPackage> ukCorePackage = Optional.ofNullable(ukCore)
				.filter(UkCoreProperties::configured)
				.map(properties -> ExternalPackage.load(fhirContext, properties.packageFile()));
		ukCorePackage.ifPresent(loaded -> log.info("UK Core package {}#{} loaded for validation", loaded.name(), loaded.version()));
		return new ProfileValidator(fhirContext, cdrPackage, baseDefinitions, ukCorePackage);
	}
}
