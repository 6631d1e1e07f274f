package uk.org.cdrfhir.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Points the Spring context of a test at the database this test run is for, chosen by the system
 * property {@code cdr.test.database} ({@code h2}, the default, or {@code postgres}; Maven runs the
 * suite once with each).
 *
 * <p>PostgreSQL is found in this order, and never skipped:
 * <ol>
 * <li>the server named by {@code CDR_TEST_POSTGRES_URL} (a JDBC URL to an existing database with
 * rights to create databases; {@code CDR_TEST_POSTGRES_USER}, {@code CDR_TEST_POSTGRES_PASSWORD}),
 * in which a fresh database is created for this run and dropped at exit;</li>
 * <li>a Testcontainers PostgreSQL 15, where a Docker engine answers;</li>
 * <li>an embedded PostgreSQL (zonky), which needs nothing installed.</li>
 * </ol>
 * The choice is made once per JVM and printed. It must run before Spring's extension loads the
 * context: {@link FhirServerTest} declares it first.
 */
public class TestDatabaseExtension implements BeforeAllCallback {

	public static final String DATABASE_PROPERTY = "cdr.test.database";

	private static volatile String chosen;
	/** The PostgreSQL server of this run, where further databases can be created. */
	private static volatile Connectable postgresServer;

	/** How to reach a database. */
	public record Connectable(String url, String user, String password) {
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		choose();
	}

	/** Which database this JVM's tests run on: "h2" or "postgres". */
	public static String database() {
		return System.getProperty(DATABASE_PROPERTY, "h2").toLowerCase(Locale.ROOT);
	}

	/**
	 * Another database of this run's kind, empty, for a test that starts server nodes of its own on
	 * one database (dropped at exit like the run's own).
	 */
	public static Connectable freshDatabase() {
		choose();
		if (!isPostgres()) {
			return new Connectable("jdbc:h2:mem:cdr-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
					"sa", "");
		}
		return createDatabase(postgresServer);
	}

	public static boolean isPostgres() {
		return database().equals("postgres");
	}

	private static synchronized void choose() {
		if (chosen != null) {
			return;
		}
		if (isPostgres()) {
			chosen = choosePostgres();
			System.setProperty("spring.jpa.properties.hibernate.dialect",
					"ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect");
			System.setProperty("spring.datasource.driver-class-name", "org.postgresql.Driver");
		} else {
			System.setProperty("spring.datasource.url",
					"jdbc:h2:mem:cdr-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
			chosen = "embedded H2 (in memory)";
		}
		System.out.println("[cdr-fhir tests] database: " + chosen);
	}

	private static String choosePostgres() {
		String url = System.getenv("CDR_TEST_POSTGRES_URL");
		if (url != null && !url.isBlank()) {
			return useServer(url, envOr("CDR_TEST_POSTGRES_USER", "postgres"), envOr("CDR_TEST_POSTGRES_PASSWORD", ""));
		}
		if (dockerAnswers()) {
			PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:15-alpine");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			useDataSource(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			return "PostgreSQL in a Testcontainers container " + container.getJdbcUrl();
		}
		try {
			// kept for the JVM's lifetime: closing it while Spring's cached context lives stalls HAPI's jobs
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
			useDataSource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
			return "embedded PostgreSQL (zonky) on port " + postgres.getPort();
		} catch (Exception e) {
			throw new IllegalStateException("No PostgreSQL for the PostgreSQL suite: set CDR_TEST_POSTGRES_URL", e);
		}
	}

	/** A fresh database on an existing server, so runs never see each other's data. */
	private static String useServer(String adminUrl, String user, String password) {
		postgresServer = new Connectable(adminUrl, user, password);
		Connectable database = createDatabase(postgresServer);
		useDataSource(database.url(), user, password);
		return "PostgreSQL server from CDR_TEST_POSTGRES_URL, database " + database.url().replaceFirst(".*/", "");
	}

	private static Connectable createDatabase(Connectable server) {
		String name = "cdr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		execute(server.url(), server.user(), server.password(), "CREATE DATABASE " + name);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(server.url(), server.user(), server.password(),
				"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
		String databaseUrl = server.url().replaceFirst("(jdbc:postgresql://[^/?]+)(/[^?]*)?", "$1/" + name);
		return new Connectable(databaseUrl, server.user(), server.password());
	}

	private static void useDataSource(String url, String user, String password) {
		if (postgresServer == null) {
			postgresServer = new Connectable(url, user, password);
		}
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", user);
		System.setProperty("spring.datasource.password", password);
	}

	private static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + url, e);
		}
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		} catch (RuntimeException | LinkageError e) {
			return false;
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		} catch (Exception ignored) {
			// the JVM is exiting; the embedded server's files are temporary
		}
	}
}
