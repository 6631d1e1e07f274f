package uk.org.cdrfhir.routing.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

	@Test
	void readsPlainAndQuotedFields() throws IOException {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(
				"a,\"b,c\",\"say \"\"hi\"\"\",,\"\"\n1,2,3,4,5\n"));

		assertThat(reader.next()).containsExactly("a", "b,c", "say \"hi\"", "", "");
		assertThat(reader.next()).containsExactly("1", "2", "3", "4", "5");
		assertThat(reader.next()).isNull();
	}

	@Test
	void countsLinesAcrossQuotedLineBreaksCrLfAndBlankLines() throws IOException {
		CsvRecordReader reader = new CsvRecordReader(new StringReader(
				"h1,h2\r\n\"two\nlines\",x\r\n\r\nlast,row"));

		assertThat(reader.next()).containsExactly("h1", "h2");
		assertThat(reader.recordLine()).isEqualTo(1);
		assertThat(reader.next()).containsExactly("two\nlines", "x");
		assertThat(reader.recordLine()).isEqualTo(2);
		List<String> last = reader.next();
		assertThat(last).containsExactly("last", "row");
		assertThat(reader.recordLine()).isEqualTo(5);
		assertThat(reader.next()).isNull();
	}

	@Test
	void anUnclosedQuoteFailsWithItsLine() throws IOException {
		CsvRecordReader reader = new CsvRecordReader(new StringReader("a,b\n\"open,c\n"));
		reader.next();

		assertThatThrownBy(reader::next).isInstanceOf(CsvRecordReader.CsvFormatException.class)
				.hasMessageStartingWith("line 2: a quoted field is not closed");
	}

	@Test
	void anUnclosedQuoteDoesNotReadTheWholeFileIntoMemory() {
		String endless = "\"" + "x".repeat(CsvRecordReader.MAX_RECORD_CHARS + 10) + "\n";
		CsvRecordReader reader = new CsvRecordReader(new StringReader(endless));

		assertThatThrownBy(reader::next).isInstanceOf(CsvRecordReader.CsvFormatException.class)
				.hasMessageContaining("an unclosed quote?");
	}
}
