package uk.org.cdrfhir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * cdr-fhir: a FHIR R4 server for England's statutory Child Death Review.
 * The HAPI FHIR wiring lives in {@link uk.org.cdrfhir.config}; each capability has its own package.
 */
// HAPI runs its own Quartz scheduler; Boot's would be a second one.
@SpringBootApplication(exclude = QuartzAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CdrFhirApplication {

	public static void main(String[] args) {
		SpringApplication.run(CdrFhirApplication.class, args);
	}
}
