package uk.org.cdrfhir.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import org.hl7.fhir.r4.model.Bundle;

/** The notification intake's REST entry point, in place of HAPI's generated Bundle provider. */
@Configuration
public class IntakeConfig {

	@Bean
	public NotificationBundleProvider notificationBundleProvider(NotificationIntake intake, FhirContext fhirContext,
			DaoRegistry daoRegistry) {
		NotificationBundleProvider provider = new NotificationBundleProvider(intake);
		provider.setContext(fhirContext);
		provider.setDao(daoRegistry.getResourceDao(Bundle.class));
		return provider;
	}
}
