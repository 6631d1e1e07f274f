package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import uk.org.cdrfhir.config.FhirJpaConfig;
import uk.org.cdrfhir.config.FhirRestfulServerConfig;
import uk.org.cdrfhir.config.FhirServerProperties;

/**
 * Stock HAPI FHIR JPA with this server's settings (benchmark only, bench/write-path.sh; not a test):
 * the same storage settings ({@link FhirJpaConfig}), REST server ({@link FhirRestfulServerConfig}),
 * database, Hibernate and JVM options as cdr-fhir, and nothing of the capability packages: no
 * interceptor, provider, filter, package or access control of ours. What cdr-fhir's write path
 * costs beyond HAPI's own is measured against it.
 *
 * <p>Outside uk.org.cdrfhir on purpose: the application's component scan would find this
 * configuration in the test classes, and its exclusions would switch off the application's security.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = {
	// as CdrFhirApplication: HAPI runs its own scheduler
	QuartzAutoConfiguration.class,
	// no access control at all (Spring Security is on the class path for cdr-fhir)
	SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
	OAuth2ResourceServerAutoConfiguration.class, ManagementWebSecurityAutoConfiguration.class })
@EnableConfigurationProperties(FhirServerProperties.class)
@Import({ FhirJpaConfig.class, FhirRestfulServerConfig.class })
public class StockHapiServer {

	public static void main(String[] args) {
		SpringApplication.run(StockHapiServer.class, args);
	}
}
