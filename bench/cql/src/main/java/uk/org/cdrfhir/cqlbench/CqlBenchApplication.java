package uk.org.cdrfhir.cqlbench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;

/**
 * A plain HAPI FHIR JPA server (R4, HAPI 8.2.0) with HAPI's clinical-reasoning module, so that
 * {@code Measure/$evaluate-measure} runs the Measure's CQL: the ecosystem's standard path, measured by
 * bench/cql-comparison.sh against cdr-fhir's own projection. Nothing of cdr-fhir runs here.
 */
// HAPI runs its own Quartz scheduler; Boot's would be a second one.
@SpringBootApplication(exclude = QuartzAutoConfiguration.class)
public class CqlBenchApplication {

	public static void main(String[] args) {
		SpringApplication.run(CqlBenchApplication.class, args);
	}
}
