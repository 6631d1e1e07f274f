package uk.org.cdrfhir.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

/** The guard decides on every log call of the server, HAPI's own included: it must never fail one. */
class DatabaseRowLogGuardTest {

	private final DatabaseRowLogGuard guard = new DatabaseRowLogGuard();
	private final Logger logger = (Logger) LoggerFactory.getLogger("ca.uhn.fhir.batch2");

	@Test
	void aLogCallWithANullArgumentIsLoggedNotFailed() {
		// HAPI's reindex job logs "... {} ...", null: the guard once threw here and failed the job's step
		FilterReply reply = guard.decide(null, logger, Level.WARN, "Job {} of type {} has status {}",
				new Object[] {null, "REINDEX", null}, null);

		assertThat(reply).isEqualTo(FilterReply.NEUTRAL);
	}

	@Test
	void aLineQuotingADatabaseRowIsHeldBackWhereverItIsQuoted() {
		String row = "ERROR: null value in column \"res_id\" Failing row contains (1, Smith, 2019-01-01)";

		assertThat(guard.decide(null, logger, Level.ERROR, row, null, null)).isEqualTo(FilterReply.DENY);
		assertThat(guard.decide(null, logger, Level.ERROR, "Insert failed: {}", new Object[] {null, row}, null))
				.isEqualTo(FilterReply.DENY);
		assertThat(guard.decide(null, logger, Level.ERROR, "Insert failed", null, new SQLException(row)))
				.isEqualTo(FilterReply.DENY);
		assertThat(guard.decide(null, logger, Level.ERROR, "Insert failed: {}", new Object[] {"no row here"}, null))
				.isEqualTo(FilterReply.NEUTRAL);
	}
}
