package uk.org.cdrfhir.aggregates;

import java.sql.Date;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.MeasureReport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import jakarta.annotation.PostConstruct;

/**
 * The evaluated reports kept for the ICS platform to pull ({@code MeasureReport?measure=...&period=...}):
 * one per Measure and standard period, under an id made of both, replaced by each new evaluation.
 * Several nodes may evaluate: each claims the period for the day in {@code cdr_aggregate_run}, in the
 * transaction that stores the report, so one node stores it and a failed evaluation leaves no claim.
 */
@Component
public class StoredReports {

	private final ChildDeathsMeasure childDeaths;
	private final DaoRegistry daoRegistry;
	private final IHapiTransactionService transactions;
	private final JdbcTemplate jdbc;

	StoredReports(ChildDeathsMeasure childDeaths, DaoRegistry daoRegistry, IHapiTransactionService transactions,
			DataSource dataSource) {
		this.childDeaths = childDeaths;
		this.daoRegistry = daoRegistry;
		this.transactions = transactions;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@PostConstruct
	void createTableIfMissing() {
		jdbc.execute("create table if not exists cdr_aggregate_run ("
				+ "measure_id varchar(64) not null, "
				+ "period_start date not null, "
				+ "period_end date not null, "
				+ "run_on date not null, "
				+ "primary key (measure_id, period_start, period_end, run_on))");
	}

	/** Evaluates and stores the period's report unless another node did so today; true if this one did. */
	public boolean evaluateOnce(StandardPeriod period, LocalDate today) {
		return transactions.withSystemRequest().execute(() -> {
			try {
				jdbc.update("insert into cdr_aggregate_run (measure_id, period_start, period_end, run_on) values (?, ?, ?, ?)",
						ChildDeathsMeasure.ID, Date.valueOf(period.start()), Date.valueOf(period.end()), Date.valueOf(today));
			} catch (DuplicateKeyException claimedElsewhere) {
				return false;
			}
			store(childDeaths.evaluate(period), period);
			return true;
		});
	}

	private void store(MeasureReport report, StandardPeriod period) {
		report.setId(ChildDeathsMeasure.ID + "-" + period.start() + "-" + period.end());
		daoRegistry.getResourceDao(MeasureReport.class).update(report, new SystemRequestDetails());
	}
}
