package uk.org.cdrfhir.routing.postcode;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import uk.org.cdrfhir.routing.postcode.PostcodeLoadSummary.SkippedRow;

/**
 * The rows of an ONS Postcode Directory (ONSPD) or National Statistics Postcode Lookup (NSPL) CSV file,
 * streamed. Columns are found by header name, ignoring case: {@code pcds} (the postcode), the local
 * authority's GSS code ({@code oslaua} in ONSPD, {@code laua} in NSPL, or a {@code ladNNcd} name as a
 * fallback) and {@code doterm} (set when the postcode is terminated). Every other column is ignored.
 * A row that cannot be used is skipped and counted, and the first few are kept with their line numbers.
 */
final class PostcodeCsv implements Closeable {

	static final int SKIPPED_ROWS_KEPT = 10;

	private static final Pattern POSTCODE = Pattern.compile("[A-Z0-9]{5," + Postcodes.MAX_LENGTH + "}");
	private static final Pattern GSS_CODE = Pattern.compile("[A-Z][0-9]{8}");
	private static final Pattern YEAR_CODED_AUTHORITY = Pattern.compile("lad[0-9]{2}cd");

	private final CsvRecordReader records;
	private final Columns columns;
	private long rowsRead;
	private long skipped;
	private final List<SkippedRow> firstSkipped = new ArrayList<>();

	private PostcodeCsv(CsvRecordReader records, Columns columns) {
		this.records = records;
		this.columns = columns;
	}

	/** Reads the header and finds the columns; fails when the header lacks one of them. */
	static PostcodeCsv open(Reader reader) throws IOException {
		CsvRecordReader records = new CsvRecordReader(reader);
		try {
			List<String> header = records.next();
			if (header == null) {
				throw new IllegalArgumentException("the file is empty: no header row");
			}
			return new PostcodeCsv(records, Columns.find(header));
		} catch (IOException | RuntimeException e) {
			records.close();
			throw e;
		}
	}

	/** The next usable row, or null at the end of the file. */
	PostcodeArea next() throws IOException {
		List<String> fields;
		while ((fields = records.next()) != null) {
			rowsRead++;
			PostcodeArea area = toArea(fields);
			if (area != null) {
				return area;
			}
		}
		return null;
	}

	private PostcodeArea toArea(List<String> fields) {
		if (fields.size() <= columns.highest()) {
			return skip("only " + fields.size() + " fields");
		}
		String postcode = Postcodes.normalise(fields.get(columns.postcode()));
		if (!POSTCODE.matcher(postcode).matches()) {
			return skip("postcode '" + fields.get(columns.postcode()) + "' is not a postcode");
		}
		String gssCode = fields.get(columns.authority()).trim().toUpperCase(Locale.ROOT);
		if (!GSS_CODE.matcher(gssCode).matches()) {
			return skip("local authority '" + gssCode + "' is not a GSS code");
		}
		return new PostcodeArea(postcode, gssCode, !fields.get(columns.terminated()).isBlank());
	}

	private PostcodeArea skip(String reason) {
		skipped++;
		if (firstSkipped.size() < SKIPPED_ROWS_KEPT) {
			firstSkipped.add(new SkippedRow(records.recordLine(), reason));
		}
		return null;
	}

	/** Data rows read so far, used or skipped (the header is not one). */
	long rowsRead() {
		return rowsRead;
	}

	long skipped() {
		return skipped;
	}

	List<SkippedRow> firstSkipped() {
		return List.copyOf(firstSkipped);
	}

	@Override
	public void close() throws IOException {
		records.close();
	}

	/** Positions of the three columns used, found in a header row. */
	record Columns(int postcode, int authority, int terminated) {

		static Columns find(List<String> header) {
			List<String> names = new ArrayList<>(header.size());
			for (String name : header) {
				// a byte-order mark may lead the first header name
				names.add(name.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
			}
			int authority = names.indexOf("oslaua");
			if (authority < 0) {
				authority = names.indexOf("laua");
			}
			for (int i = 0; authority < 0 && i < names.size(); i++) {
				if (YEAR_CODED_AUTHORITY.matcher(names.get(i)).matches()) {
					authority = i;
				}
			}
			return new Columns(required(names, "pcds", "the postcode"),
					require(authority, names, "oslaua or laua", "the local authority"),
					required(names, "doterm", "the termination date"));
		}

		private static int required(List<String> names, String name, String meaning) {
			return require(names.indexOf(name), names, name, meaning);
		}

		private static int require(int index, List<String> names, String name, String meaning) {
			if (index < 0) {
				String start = String.join(",", names.subList(0, Math.min(names.size(), 8)));
				throw new IllegalArgumentException("not an ONSPD/NSPL file: no column " + name + " (" + meaning
						+ ") in the header, which starts " + start);
			}
			return index;
		}

		int highest() {
			return Math.max(postcode, Math.max(authority, terminated));
		}
	}
}
