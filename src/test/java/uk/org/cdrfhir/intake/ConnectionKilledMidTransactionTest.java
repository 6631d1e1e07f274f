package uk.org.cdrfhir.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestDatabaseExtension;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * The database connection of a notification's transaction killed half-way (PostgreSQL's
 * {@code pg_terminate_backend}, as an operator or a failover does): as the document is stored (the
 * next statement is the receipt's, plain JDBC) or after the document, receipt and case and before
 * the tasks (the next is Hibernate's). The EPR gets 503 with Retry-After, nothing of the
 * notification is kept, and sending it again stores it once. PostgreSQL only (H2 has no such kill);
 * {@code bench/pg-restart.sh} restarts the whole database under load.
 */
class ConnectionKilledMidTransactionTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;
	@Autowired
	private IInterceptorService interceptorService;
	@Autowired
	private DataSource dataSource;

	/** Kills the connection its transaction runs on when the first resource of a type is about to be stored. */
	@Interceptor
	public class ConnectionKiller {
		private final AtomicBoolean armed = new AtomicBoolean(true);
		private final String resourceType;

		ConnectionKiller(String resourceType) {
			this.resourceType = resourceType;
		}

		@Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
		public void beforeCreate(IBaseResource resource) throws Exception {
			if (fhirContext.getResourceType(resource).equals(resourceType) && armed.compareAndSet(true, false)) {
				// the transaction's own connection (Spring binds it to this thread), killed from another
				int backend = new JdbcTemplate(dataSource).queryForObject("select pg_backend_pid()", Integer.class);
				try (Connection other = dataSource.getConnection();
						PreparedStatement kill = other.prepareStatement("select pg_terminate_backend(?)")) {
					kill.setInt(1, backend);
					kill.execute();
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"Bundle", "Task"})
	void theEprIsToldToSendAgainAndTheNotificationIsStoredOnceWhenItDoes(String killedBefore) throws Exception {
		assumeTrue(TestDatabaseExtension.isPostgres(), "pg_terminate_backend is PostgreSQL's");
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");
		byte[] body = fhirContext.newJsonParser().encodeResourceToString(notification.bundle())
				.getBytes(StandardCharsets.UTF_8);
		ConnectionKiller killer = new ConnectionKiller(killedBefore);

		interceptorService.registerInterceptor(killer);
		HttpResponse<String> killed;
		try {
			killed = post(DemoClient.NOTIFIER, "/Bundle", "application/fhir+json", body);
		} finally {
			interceptorService.unregisterInterceptor(killer);
		}

		assertThat(killer.armed).isFalse();
		assertThat(killed.statusCode()).as(killed.body()).isEqualTo(503);
		assertThat(killed.headers().firstValue("Retry-After")).isPresent();
		assertThat(killed.body()).contains("transient");
		assertThat(stored(notification)).isEqualTo(new Stored(0, 0, 0, 0));

		HttpResponse<String> again = post(DemoClient.NOTIFIER, "/Bundle", "application/fhir+json", body);

		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
		assertThat(stored(notification)).isEqualTo(new Stored(1, 1, 1, 2));
	}

	private record Stored(int receipts, int documents, int cases, int tasks) {
	}

	/** What the database holds of this notification, read in SQL beneath every access rule. */
	private Stored stored(TestNotifications notification) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String identifier = notification.bundle().getIdentifier().getValue();
		String child = ChildKey.of(notification.child());
		int receipts = count(jdbc, "select count(*) from cdr_notification_receipt where identifier_value = ?", identifier);
		int documents = count(jdbc, "select count(*) from hfj_spidx_token t join hfj_resource r on r.res_id = t.res_id "
				+ "where t.res_type = 'Bundle' and t.sp_name = 'identifier' and t.sp_value = ? and r.res_deleted_at is null",
				identifier);
		int cases = count(jdbc, "select count(*) from cdr_case_key where child_key = ? and case_id is not null", child);
		int tasks = count(jdbc, "select count(*) from hfj_res_link l join hfj_resource c on c.res_id = l.target_resource_id "
				+ "join cdr_case_key k on k.case_id = c.fhir_id where l.src_path = 'Task.focus' and k.child_key = ?", child);
		return new Stored(receipts, documents, cases, tasks);
	}

	private static int count(JdbcTemplate jdbc, String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Integer.class, arguments);
	}
}
