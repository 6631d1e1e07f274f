package uk.org.cdrfhir.routing.postcode;

import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

/**
 * The table behind the postcode directory: ours, not HAPI's (Hibernate never sees it), created at
 * start-up if missing. The SQL is plain enough to run unchanged on H2 and PostgreSQL.
 */
@Component
public class PostcodeTable {

	static final String NAME = "cdr_postcode";

	static final String INSERT = "insert into " + NAME + " (postcode, gss_code, terminated) values (?, ?, ?)";

	static final String COPY = "copy " + NAME + " (postcode, gss_code, terminated) from stdin";

	private final JdbcTemplate jdbc;

	public PostcodeTable(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@PostConstruct
	public void createIfMissing() {
		jdbc.execute("create table if not exists " + NAME + " ("
				+ "postcode varchar(" + Postcodes.MAX_LENGTH + ") primary key, "
				+ "gss_code varchar(9) not null, "
				+ "terminated boolean not null)");
	}

	/** The row of a normalised postcode: one primary-key read. */
	Optional<PostcodeArea> find(String normalisedPostcode) {
		return jdbc.query("select gss_code, terminated from " + NAME + " where postcode = ?",
				rows -> rows.next()
						? Optional.of(new PostcodeArea(normalisedPostcode, rows.getString(1), rows.getBoolean(2)))
						: Optional.empty(),
				normalisedPostcode);
	}
}
