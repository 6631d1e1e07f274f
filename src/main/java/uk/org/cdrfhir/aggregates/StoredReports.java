package uk.org.cdrfhir.aggregates;

import java.sql.Date;
import java.time.LocalDate;

import java.util.List;

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

	private final List<PeriodMeasure> measures;
	private final DaoRegistry daoRegistry;
	private final IHapiTransactionService transactions;
	private final JdbcTemplate jdbc;

	StoredReports(List<PeriodMeasure> measures, DaoRegistry daoRegistry, IHapiTransactionService transactions,
			DataSource dataSource) {
		this.measures = measures;
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

	/** Evaluates and stores each Measure's report of the period unless another node did so today; how many this one stored. */
	public int evaluateOnce(StandardPeriod period, LocalDate today) {
		int stored = 0;
		for (PeriodMeasure measure : measures) {
			if (evaluateOnce(measure, period, today)) {
				stored++;
			}
		}
		return stored;
	}

	private boolean evaluateOnce(PeriodMeasure measure, StandardPeriod period, LocalDate today) {
		return transactions.withSystemRequest().execute(() -> {
			try {
				jdbc.update("insert into cdr_aggregate_run (measure_id, period_start, period_end, run_on) values (?, ?, ?, ?)",
						measure.id(), Date.valueOf(period.start()), Date.valueOf(period.end()), Date.valueOf(today));
			} catch (DuplicateKeyException claimedElsewhere) {
				return false;
			}
			MeasureReport report = measure.evaluate(period);
			report.setId(measure.id() + "-" + period.start() + "-" + period.end());
			daoRegistry.getResourceDao(MeasureReport.class).update(report, new SystemRequestDetails());
			return true;
		});
	}
}
