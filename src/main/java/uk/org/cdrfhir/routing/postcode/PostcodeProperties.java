package uk.org.cdrfhir.routing.postcode;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the postcode directory comes from ({@code cdr.postcodes.*} in application.yaml).
 *
 * @param load               an ONSPD/NSPL CSV file to load, after which the application exits (the
 *                           operator's load command); blank for a normal start
 * @param sample             the small directory bundled for tests and demos
 * @param loadSampleIfEmpty  whether a start on an empty directory loads the sample
 */
@ConfigurationProperties(prefix = "cdr.postcodes")
public record PostcodeProperties(
		String load,
		@DefaultValue("classpath:footprint/postcodes-sample.csv") Resource sample,
		@DefaultValue("true") boolean loadSampleIfEmpty) {

	boolean loadRequested() {
		return load != null && !load.isBlank();
	}
}
