package uk.org.cdrfhir.routing.postcode;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180) one record at a time, so a file of any size streams through a small buffer.
 * Quoted fields may hold commas, doubled quotes and line breaks; blank lines are skipped; each record
 * knows the line it starts on, so a bad row can be named to the operator.
 */
final class CsvRecordReader implements Closeable {

	/**
	 * A record longer than this is taken for an unterminated quote, which would otherwise swallow the
	 * rest of the file into memory.
	 */
	static final int MAX_RECORD_CHARS = 65_536;

	private final Reader in;
	private final char[] buffer = new char[64 * 1024];
	private int position;
	private int limit;
	private long line = 1;
	private long recordLine;
	private int expectedFields = 16;
	private final StringBuilder field = new StringBuilder();

	CsvRecordReader(Reader in) {
		this.in = in;
	}

	/** The fields of the next record, or null at the end of the input. */
	List<String> next() throws IOException {
		int c = read();
		while (c == '\n' || c == '\r') {
			c = read();
		}
		if (c == -1) {
			return null;
		}
		recordLine = line;
		List<String> fields = new ArrayList<>(expectedFields);
		field.setLength(0);
		boolean inQuotes = false;
		int recordChars = 0;
		while (true) {
			if (++recordChars > MAX_RECORD_CHARS) {
				throw new CsvFormatException(recordLine,
						"a record runs past " + MAX_RECORD_CHARS + " characters (an unclosed quote?)");
			}
			if (inQuotes) {
				if (c == -1) {
					throw new CsvFormatException(recordLine, "a quoted field is not closed before the end of the file");
				}
				if (c == '"') {
					c = read();
					if (c == '"') {
						field.append('"');
					} else {
						inQuotes = false;
						continue; // c is the character after the closing quote
					}
				} else {
					field.append((char) c);
				}
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			} else if (c == '\n' || c == -1) {
				fields.add(field.toString());
				expectedFields = fields.size();
				return fields;
			} else if (c == '"' && field.length() == 0) {
				inQuotes = true;
			} else if (c != '\r') {
				field.append((char) c);
			}
			c = read();
		}
	}

	/** The line (from 1) on which the record last returned by {@link #next()} starts. */
	long recordLine() {
		return recordLine;
	}

	private int read() throws IOException {
		if (position == limit) {
			limit = in.read(buffer, 0, buffer.length);
			position = 0;
			if (limit <= 0) {
				limit = 0;
				return -1;
			}
		}
		char c = buffer[position++];
		if (c == '\n') {
			line++;
		}
		return c;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

	/** The file cannot be read on from here: its structure is broken, not just one row's content. */
	static final class CsvFormatException extends IOException {

		CsvFormatException(long line, String problem) {
			super("line " + line + ": " + problem);
		}
	}
}
