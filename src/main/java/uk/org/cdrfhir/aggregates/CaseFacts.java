package uk.org.cdrfhir.aggregates;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import jakarta.annotation.PostConstruct;

/**
 * The de-identified facts of each case that the aggregates count, one row per case in our own table
 * {@code cdr_case_facts}. The services that change a case call this in the same database transaction
 * as the change (opening, a later notification, a stage moved, the panel's analysis), so the
 * projection never disagrees with the committed case record; the counts are then plain SQL over one
 * narrow table (see docs/aggregates.md for why not CQL).
 */
@Service
public class CaseFacts {

	private final JdbcTemplate jdbc;

	public CaseFacts(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@PostConstruct
	void createTableIfMissing() {
		jdbc.execute("create table if not exists cdr_case_facts ("
				+ "case_id varchar(64) primary key, "
				+ "area varchar(64) not null, "
				+ "age_band varchar(32), "
				+ "sex varchar(16), "
				+ "ethnicity_group varchar(16) not null, "
				+ "expectedness varchar(16), "
				+ "place_of_death varchar(40), "
				+ "jar boolean not null, "
				+ "category varchar(8), "
				+ "modifiable_factors varchar(40), "
				+ "died_on date, "
				+ "notified_on date not null, "
				+ "jar_done_on date, "
				+ "cdrm_done_on date, "
				+ "reviewed_on date, "
				+ "closed_on date)");
		// columns added since the table was first released: added to a table created before them too
		jdbc.execute("alter table cdr_case_facts add column if not exists notified_at timestamp with time zone");
		jdbc.execute("alter table cdr_case_facts add column if not exists ncmd_notified_at timestamp with time zone");
		jdbc.execute("alter table cdr_case_facts add column if not exists gestation_band varchar(32)");
		jdbc.execute("create index if not exists cdr_case_facts_notified on cdr_case_facts (notified_on)");
		jdbc.execute("create index if not exists cdr_case_facts_died on cdr_case_facts (died_on)");
		jdbc.execute("create index if not exists cdr_case_facts_reviewed on cdr_case_facts (reviewed_on)");
	}

	/** A case opened by its first notification. */
	public void opened(CaseFact fact) {
		jdbc.update("insert into cdr_case_facts (case_id, area, age_band, sex, ethnicity_group, expectedness, place_of_death, "
						+ "gestation_band, jar, died_on, notified_on, notified_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				fact.caseId(), fact.area(), fact.ageBand().orElse(null), fact.sex().orElse(null), fact.ethnicityGroup(),
				fact.expectedness().orElse(null), fact.placeOfDeath().orElse(null), fact.gestationBand().orElse(null),
				fact.jointAgencyResponse(),
				fact.diedOn().map(Date::valueOf).orElse(null), Date.valueOf(fact.notifiedOn()),
				Timestamp.from(fact.notifiedAt()));
	}

	/** A later notification of the case: it fills in what the earlier ones left unsaid, and may start a JAR. */
	public void notificationJoined(String caseId, Optional<String> expectedness, Optional<String> placeOfDeath,
			Optional<String> gestationBand, boolean jointAgencyResponse) {
		jdbc.update("update cdr_case_facts set expectedness = coalesce(expectedness, ?), "
						+ "place_of_death = coalesce(place_of_death, ?), gestation_band = coalesce(gestation_band, ?), "
						+ "jar = (jar or ?) where case_id = ?",
				expectedness.orElse(null), placeOfDeath.orElse(null), gestationBand.orElse(null), jointAgencyResponse, caseId);
	}

	/** Cases whose facts have no time of receipt: opened before the projection kept it. */
	public List<String> casesWithoutReceiptTime() {
		return jdbc.queryForList("select case_id from cdr_case_facts where notified_at is null", String.class);
	}

	/** The time of receipt of a case's first notification, for a case opened before the projection kept it. */
	public void receiptTimeFound(String caseId, Instant receivedAt) {
		jdbc.update("update cdr_case_facts set notified_at = ? where case_id = ? and notified_at is null",
				Timestamp.from(receivedAt), caseId);
	}

	/**
	 * NCMD was notified of the case at this instant: the notification acknowledged by NCMD, or the
	 * notify-ncmd task completed by a person. The first time counts: NCMD was told then, whatever follows.
	 */
	public void ncmdNotified(String caseId, Instant at) {
		jdbc.update("update cdr_case_facts set ncmd_notified_at = coalesce(ncmd_notified_at, ?) where case_id = ?",
				Timestamp.from(at), caseId);
	}

	/** The case moved to another area (a transfer). */
	public void areaChanged(String caseId, String area) {
		jdbc.update("update cdr_case_facts set area = ? where case_id = ?", area, caseId);
	}

	/**
	 * The case moved from one review stage to the next (cdr-review-stage codes) on this day: leaving
	 * the JAR or the CDRM dates it as held; reaching reviewed-by-panel or closed dates those.
	 */
	public void stageMoved(String caseId, String from, String to, LocalDate on) {
		String column = switch (from) {
			case "jar" -> "jar_done_on";
			case "cdrm" -> "cdrm_done_on";
			default -> switch (to) {
				case "reviewed-by-panel" -> "reviewed_on";
				case "closed" -> "closed_on";
				default -> null;
			};
		};
		if (column != null) {
			jdbc.update("update cdr_case_facts set " + column + " = ? where case_id = ?", Date.valueOf(on), caseId);
		}
	}

	/** The panel's analysis as it now says: category of death and modifiable factors outcome (none while incomplete). */
	public void analysed(String caseId, Optional<String> category, Optional<String> modifiableFactors) {
		jdbc.update("update cdr_case_facts set category = ?, modifiable_factors = ? where case_id = ?",
				category.orElse(null), modifiableFactors.orElse(null), caseId);
	}
}
