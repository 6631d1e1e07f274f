package uk.org.cdrfhir.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** A chart's bars are as long as their published counts, the longest the full length; a suppressed count has none. */
class BarChartTest {

	@Test
	void barsAreProportionalToTheShownCountsAndASuppressedCountHasNoBar() {
		BarChart chart = new BarChart("age", "Deaths by age band", "Age band", "Deaths", List.of(
				row("Under 28 days", OptionalInt.of(20)), row("1 to 4 years", OptionalInt.of(10)),
				row("5 to 9 years", OptionalInt.empty()), row("10 to 14 years", OptionalInt.of(0))), false);

		List<BarChart.Bar> bars = chart.bars();

		assertThat(bars.get(0).width()).isPositive();
		assertThat(bars.get(1).width()).isEqualTo(bars.get(0).width() / 2);
		assertThat(bars.get(2).width()).isZero();
		assertThat(bars.get(3).width()).isZero();
		assertThat(bars.get(0).valueX()).isGreaterThan(bars.get(1).valueX());
		assertThat(bars).extracting(BarChart.Bar::y).isSorted().doesNotHaveDuplicates();
		assertThat(bars.get(0).valueX()).isLessThan(chart.width());
		assertThat(chart.description()).contains("5 to 9 years: suppressed", "Under 28 days: 20");
	}

	private static BarChart.Row row(String label, OptionalInt count) {
		return new BarChart.Row(label, new PublishedCount(count), null);
	}
}
