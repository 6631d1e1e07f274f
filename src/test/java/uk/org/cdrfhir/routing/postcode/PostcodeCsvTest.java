package uk.org.cdrfhir.routing.postcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.org.cdrfhir.routing.postcode.PostcodeLoadSummary.SkippedRow;

class PostcodeCsvTest {

	@Test
	void findsTheNsplColumnsByNameWhateverTheirCaseAndPlace() {
		PostcodeCsv.Columns columns = PostcodeCsv.Columns.find(
				List.of("\uFEFFpcd", "pcd2", "PCDS", "dointr", "DoTerm", "usertype", "cty", "laua", "ward"));

		assertThat(columns).isEqualTo(new PostcodeCsv.Columns(2, 7, 4));
	}

	@Test
	void findsTheOnspdAuthorityColumn() {
		PostcodeCsv.Columns columns = PostcodeCsv.Columns.find(
				List.of("pcd", "pcd2", "pcds", "dointr", "doterm", "oscty", "ced", "oslaua", "osward"));

		assertThat(columns.authority()).isEqualTo(7);
	}

	@Test
	void aFileWithoutTheAuthorityColumnIsRefusedWithItsHeader() {
		assertThatThrownBy(() -> PostcodeCsv.Columns.find(List.of("pcds", "doterm", "ward")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("no column oslaua or laua")
				.hasMessageContaining("pcds,doterm,ward");
	}

	@Test
	void readsQuotedValuesNormalisesPostcodesAndMarksTerminatedOnes() throws IOException {
		List<PostcodeArea> rows = readAll("""
				pcd,pcds,dointr,doterm,laua,lat
				"LU4 0DZ","LU4 0DZ","198001","","E06000032",51.89
				"mk429dj","mk42 9dj","198001","","e06000055",52.12
				"LU1 3BF","LU1 3BF","198001","201403","E06000032",51.87
				""", new ArrayList<>());

		assertThat(rows).containsExactly(
				new PostcodeArea("LU40DZ", "E06000032", false),
				new PostcodeArea("MK429DJ", "E06000055", false),
				new PostcodeArea("LU13BF", "E06000032", true));
	}

	@Test
	void malformedRowsAreSkippedWithTheirLineNumbers() throws IOException {
		List<SkippedRow> skipped = new ArrayList<>();
		List<PostcodeArea> rows = readAll("""
				pcds,doterm,laua
				"LU4 0DZ","","E06000032"
				"LU2 9LY",""
				"","","E06000032"
				"LU1 2BQ","","not-a-code"
				"MK42 9DJ","","E06000055"
				""", skipped);

		assertThat(rows).extracting(PostcodeArea::postcode).containsExactly("LU40DZ", "MK429DJ");
		assertThat(skipped).extracting(SkippedRow::line).containsExactly(3L, 4L, 5L);
		assertThat(skipped.get(0).reason()).isEqualTo("only 2 fields");
	}

	private static List<PostcodeArea> readAll(String csv, List<SkippedRow> skipped) throws IOException {
		try (PostcodeCsv file = PostcodeCsv.open(new StringReader(csv))) {
			List<PostcodeArea> rows = new ArrayList<>();
			PostcodeArea row;
			while ((row = file.next()) != null) {
				rows.add(row);
			}
			assertThat(file.skipped()).isEqualTo(file.firstSkipped().size());
			assertThat(file.rowsRead()).isEqualTo(rows.size() + file.skipped());
			skipped.addAll(file.firstSkipped());
			return rows;
		}
	}
}
