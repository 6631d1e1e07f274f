package uk.org.cdrfhir.routing.postcode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Replaces the content of the postcode directory with an ONSPD/NSPL CSV file, streamed row by row.
 *
 * <p>The old rows are deleted and the new ones written in <em>one transaction</em>. Both databases
 * keep row versions (PostgreSQL's MVCC, H2's MVStore), so until the commit every lookup still reads
 * the old directory, and from the commit the new one: never an empty or half-loaded table, and a
 * failed load changes nothing. A staging table renamed into place would be faster to clean up on
 * PostgreSQL, but H2 commits at every DDL statement, which would leave a moment with no table.
 *
 * <p>Rows go to PostgreSQL through COPY (the full directory, 2.7 million rows, in well under a
 * minute) and to any other database through JDBC batches.
 */
@Component
public class PostcodeDirectoryLoader {

	private static final Logger log = LoggerFactory.getLogger(PostcodeDirectoryLoader.class);

	static final long PROGRESS_EVERY_ROWS = 250_000;
	static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
	private static final int BATCH_SIZE = 5_000;

	private final DataSource dataSource;

	public PostcodeDirectoryLoader(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Replaces the whole directory with the rows of the file. */
	public PostcodeLoadSummary replaceAll(Resource source, Consumer<PostcodeLoadProgress> progress) {
		return load(source, progress, false).orElseThrow();
	}

	/** Loads the file only into an empty directory (a first start); empty when it already had rows. */
	public Optional<PostcodeLoadSummary> loadIfEmpty(Resource source, Consumer<PostcodeLoadProgress> progress) {
		return load(source, progress, true);
	}

	// synchronized: loads in one JVM queue up; across nodes the PostgreSQL table lock does the same
	private synchronized Optional<PostcodeLoadSummary> load(Resource source, Consumer<PostcodeLoadProgress> progress,
			boolean onlyIfEmpty) {
		String name = source.getDescription();
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				Optional<PostcodeLoadSummary> summary = loadInTransaction(connection, source, progress, onlyIfEmpty);
				connection.commit();
				summary.ifPresent(loaded -> log.info("Postcode directory: {}", loaded));
				return summary;
			} catch (Exception e) {
				connection.rollback();
				throw e;
			} finally {
				connection.setAutoCommit(autoCommit);
			}
		} catch (IOException | SQLException | IllegalArgumentException e) {
			throw new PostcodeLoadException("Postcode directory not loaded from " + name
					+ " (it is unchanged): " + e.getMessage(), e);
		}
	}

	private Optional<PostcodeLoadSummary> loadInTransaction(Connection connection, Resource source,
			Consumer<PostcodeLoadProgress> progress, boolean onlyIfEmpty) throws IOException, SQLException {
		long start = System.nanoTime();
		boolean postgres = connection.isWrapperFor(PGConnection.class);
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				// serialises loaders (two nodes starting on an empty database) without blocking readers
				statement.execute("lock table " + PostcodeTable.NAME + " in share row exclusive mode");
			}
			if (onlyIfEmpty && hasRows(statement)) {
				return Optional.empty();
			}
			statement.execute("delete from " + PostcodeTable.NAME);
		}
		try (PostcodeCsv csv = PostcodeCsv.open(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
			ProgressReporter reporter = new ProgressReporter(csv, start, progress);
			Written written = postgres ? copy(connection, csv, reporter) : insertInBatches(connection, csv, reporter);
			if (written.rows() == 0) {
				throw new IllegalArgumentException("no usable rows in " + csv.rowsRead() + " (" + csv.skipped()
						+ " malformed, first: " + csv.firstSkipped() + ")");
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			return Optional.of(new PostcodeLoadSummary(source.getDescription(), written.rows(), written.terminated(),
					csv.skipped(), csv.firstSkipped(), seconds));
		}
	}

	private static boolean hasRows(Statement statement) throws SQLException {
		try (var rows = statement.executeQuery("select 1 from " + PostcodeTable.NAME + " fetch first 1 rows only")) {
			return rows.next();
		}
	}

	/** Streams the rows through PostgreSQL's COPY in its text format. */
	private static Written copy(Connection connection, PostcodeCsv csv, ProgressReporter reporter)
			throws IOException, SQLException {
		PGCopyOutputStream copyStream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
				PostcodeTable.COPY, 256 * 1024);
		long terminated = 0;
		try {
			// the values are checked to be letters and digits, so nothing needs escaping
			Writer out = new OutputStreamWriter(copyStream, StandardCharsets.US_ASCII);
			PostcodeArea row;
			while ((row = csv.next()) != null) {
				out.write(row.postcode());
				out.write('\t');
				out.write(row.gssCode());
				out.write(row.terminated() ? "\tt\n" : "\tf\n");
				if (row.terminated()) {
					terminated++;
				}
				reporter.rowRead();
			}
			out.flush();
			return new Written(copyStream.endCopy(), terminated);
		} finally {
			if (copyStream.isActive()) {
				copyStream.cancelCopy(); // the connection must leave COPY mode before it can roll back
			}
		}
	}

	/** Any other database: JDBC batches of inserts. */
	private static Written insertInBatches(Connection connection, PostcodeCsv csv, ProgressReporter reporter)
			throws IOException, SQLException {
		long loaded = 0;
		long terminated = 0;
		try (PreparedStatement insert = connection.prepareStatement(PostcodeTable.INSERT)) {
			PostcodeArea row;
			while ((row = csv.next()) != null) {
				insert.setString(1, row.postcode());
				insert.setString(2, row.gssCode());
				insert.setBoolean(3, row.terminated());
				insert.addBatch();
				if (++loaded % BATCH_SIZE == 0) {
					insert.executeBatch();
				}
				if (row.terminated()) {
					terminated++;
				}
				reporter.rowRead();
			}
			insert.executeBatch();
		}
		return new Written(loaded, terminated);
	}

	private record Written(long rows, long terminated) {
	}

	/** Reports every {@value #PROGRESS_EVERY_ROWS} rows or 5 seconds, whichever comes first. */
	private static final class ProgressReporter {

		private final PostcodeCsv csv;
		private final long start;
		private final Consumer<PostcodeLoadProgress> listener;
		private long nextRows = PROGRESS_EVERY_ROWS;
		private long nextTime;

		ProgressReporter(PostcodeCsv csv, long start, Consumer<PostcodeLoadProgress> listener) {
			this.csv = csv;
			this.start = start;
			this.listener = listener;
			this.nextTime = start + PROGRESS_EVERY_NANOS;
		}

		void rowRead() {
			long rows = csv.rowsRead();
			// the clock is read once every 1024 rows: cheap enough per row
			if (rows >= nextRows || ((rows & 1023) == 0 && System.nanoTime() >= nextTime)) {
				long now = System.nanoTime();
				PostcodeLoadProgress progress = new PostcodeLoadProgress(rows, (now - start) / 1e9);
				log.info("Postcode directory: {} rows read, {} rows/s", rows, Math.round(progress.rowsPerSecond()));
				listener.accept(progress);
				nextRows = rows + PROGRESS_EVERY_ROWS;
				nextTime = now + PROGRESS_EVERY_NANOS;
			}
		}
	}
}
