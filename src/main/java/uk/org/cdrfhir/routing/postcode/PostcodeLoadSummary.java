package uk.org.cdrfhir.routing.postcode;

import java.util.List;

/**
 * The outcome of a load of the postcode directory.
 *
 * @param source        what was loaded (a file or the bundled sample)
 * @param rowsLoaded    postcodes now in the directory
 * @param terminated    of which terminated
 * @param skipped       malformed rows left out
 * @param firstSkipped  the first few of those, with their line numbers
 * @param seconds       time taken
 */
public record PostcodeLoadSummary(String source, long rowsLoaded, long terminated, long skipped,
		List<SkippedRow> firstSkipped, double seconds) {

	/** A row left out of the load: its line in the file (from 1, the header being line 1) and why. */
	public record SkippedRow(long line, String reason) {

		@Override
		public String toString() {
			return "line " + line + ": " + reason;
		}
	}

	@Override
	public String toString() {
		return String.format("%d postcodes loaded from %s (%d terminated), %d malformed rows skipped%s, in %.1f s"
						+ " (%.0f rows/s)", rowsLoaded, source, terminated, skipped,
				firstSkipped.isEmpty() ? "" : " (first: " + firstSkipped + ")", seconds,
				seconds > 0 ? rowsLoaded / seconds : 0.0);
	}
}
