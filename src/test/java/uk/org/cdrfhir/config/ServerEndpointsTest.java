package uk.org.cdrfhir.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestDatabaseExtension;

/** The endpoints an operator and an integrator look at first. */
class ServerEndpointsTest extends FhirServerTestBase {

	@Autowired
	private DataSource dataSource;

	@Test
	void capabilityStatementNamesThisServerAndItsVersion() {
		CapabilityStatement capability = client.capabilities().ofType(CapabilityStatement.class).execute();

		assertThat(capability.getSoftware().getName()).isEqualTo("cdr-fhir");
		assertThat(capability.getSoftware().getVersion()).isNotBlank();
		assertThat(capability.getName()).isEqualTo("cdr-fhir");
		assertThat(capability.getFhirVersion().toCode()).isEqualTo("4.0.1");
		assertThat(capability.getRestFirstRep().getResource()).extracting(r -> r.getType())
				.contains("Patient", "Bundle", "EpisodeOfCare", "Task");
	}

	@Test
	void readinessReflectsTheDatabase() throws Exception {
		HttpResponse<String> response = get("/actuator/health/readiness");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void openApiDescribesTheFhirApiAndSwaggerUiIsServed() throws Exception {
		HttpResponse<String> apiDocs = get("/fhir/api-docs");
		assertThat(apiDocs.statusCode()).isEqualTo(200);
		assertThat(apiDocs.body()).contains("openapi: 3").contains("/Patient");

		HttpResponse<String> swagger = get("/fhir/swagger-ui/");
		assertThat(swagger.statusCode()).isEqualTo(200);
		assertThat(swagger.body()).containsIgnoringCase("swagger");
	}

	@Test
	void runsOnTheDatabaseThisTestRunIsFor() throws Exception {
		// proves the PostgreSQL run really is on PostgreSQL (and the H2 run on H2)
		String product;
		try (Connection connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		assertThat(product).containsIgnoringCase(TestDatabaseExtension.isPostgres() ? "PostgreSQL" : "H2");
	}
}
