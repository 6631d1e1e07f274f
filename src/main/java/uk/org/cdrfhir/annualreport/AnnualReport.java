package uk.org.cdrfhir.annualreport;

import java.util.List;

/**
 * The statutory annual report of a financial year, every figure as a published MeasureReport gives it.
 *
 * @param year           the financial year
 * @param inProgress     whether the year is still running (its figures are the year so far)
 * @param sources        which MeasureReport each part comes from
 * @param totals         the deaths notified, died and reviewed in the year
 * @param deaths         the deaths of the year, by each stratifier
 * @param reviews        the reviews the panel completed in the year, by category and modifiable factors
 * @param effectiveness  the statutory clocks' figures
 * @param openCases      the cases open at the year's end, by age of case (null if the report has none)
 * @param suppressUpTo   the largest count suppression hides, for the report's note
 */
public record AnnualReport(FinancialYear year, boolean inProgress, List<Source> sources, List<Total> totals,
		List<BarChart> deaths, List<BarChart> reviews, List<Effectiveness> effectiveness, BarChart openCases,
		int suppressUpTo) {

	/** Where a part's figures come from: the Measure's title and the MeasureReport read (or evaluated now). */
	public record Source(String measure, String report) {
	}

	/** A group's total. */
	public record Total(String label, PublishedCount count) {
	}

	/**
	 * One statutory clock or share.
	 *
	 * @param cases  the population it is measured over
	 * @param met    the cases that met it (null for a median or percentile)
	 * @param result the score as the report gives it, with its unit; null when the report gives none
	 */
	public record Effectiveness(String label, PublishedCount cases, PublishedCount met, String result) {
	}
}
