package uk.org.cdrfhir.conformance;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * UK Core, when the deployment has its FHIR package ({@code cdr.uk-core.*} in application.yaml).
 *
 * @param packageFile the UK Core NPM package file ({@code .tgz}, e.g. {@code fhir.r4.ukcore.stu3.currentbuild});
 *                    empty: UK Core is not loaded, and a resource's claim of a UK Core profile is not checked
 *                    (a warning says so)
 */
@ConfigurationProperties(prefix = "cdr.uk-core")
public record UkCoreProperties(Path packageFile) {

	boolean configured() {
		return packageFile != null && !packageFile.toString().isBlank();
	}
}
