package uk.org.cdrfhir.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart of one stratifier's published counts, laid out here so the template only
 * writes SVG elements and presentation attributes (no style: the Content-Security-Policy forbids it).
 * A suppressed count has no bar, only its marker; the chart's table below it gives the same figures.
 *
 * @param id          unique in the report: the ids of the SVG's title and description and of the table derive from it
 * @param title       what is counted, by what
 * @param by          the stratifier (the table's first column)
 * @param counted     what the counts count (the table's count column)
 * @param rows        the strata in the report's order
 * @param rateColumn  whether the rows carry a rate (areas)
 */
public record BarChart(String id, String title, String by, String counted, List<Row> rows, boolean rateColumn) {

	/** The width of the drawing, in SVG user units. */
	private static final int WIDTH = 600;
	/** Where the bars start: the labels are right-aligned before it. */
	private static final int BARS_X = 260;
	private static final int LONGEST_BAR = 280;
	private static final int ROW_HEIGHT = 26;
	private static final int BAR_HEIGHT = 16;
	private static final int GAP = 6;

	/** One stratum: its label, its published count and, for an area, its rate per 100,000 children. */
	public record Row(String label, PublishedCount count, String rate) {
	}

	/** One row as drawn. */
	public record Bar(Row row, int y, int width) {

		public int height() {
			return BAR_HEIGHT;
		}

		/** The baseline of the row's texts, centred on the bar. */
		public int textY() {
			return y + BAR_HEIGHT - 4;
		}

		/** Where the count is written: just after the bar (or where the bar would start). */
		public int valueX() {
			return BARS_X + width + GAP;
		}
	}

	public List<Bar> bars() {
		int longest = rows.stream().filter(row -> !row.count().suppressed()).mapToInt(row -> row.count().value().getAsInt())
				.max().orElse(0);
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			PublishedCount count = rows.get(i).count();
			int width = count.suppressed() || longest == 0 ? 0
					: (int) Math.round((double) count.value().getAsInt() * LONGEST_BAR / longest);
			bars.add(new Bar(rows.get(i), GAP + i * ROW_HEIGHT, width));
		}
		return bars;
	}

	public int width() {
		return WIDTH;
	}

	public int barsX() {
		return BARS_X;
	}

	public int height() {
		return rows.size() * ROW_HEIGHT + 2 * GAP;
	}

	/** The chart said in words, for a screen reader (the table below it says it too). */
	public String description() {
		return "Horizontal bar chart. " + rows.stream().map(row -> row.label() + ": " + (row.count().suppressed()
				? "suppressed" : row.count().text())).collect(Collectors.joining("; ")) + ".";
	}
}
