package uk.org.cdrfhir.annualreport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.org.cdrfhir.aggregates.StandardPeriod;

/**
 * A financial year (1 April to 31 March) as the annual report's address writes it: {@code 2025-26}
 * is 1 April 2025 to 31 March 2026.
 *
 * @param startYear the calendar year of its 1 April
 */
public record FinancialYear(int startYear) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
	private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

	/** A label that is not a financial year, or a year that has not begun: there is no report of it. */
	public static final class NotAReportYear extends RuntimeException {

		NotAReportYear(String reason) {
			super(reason);
		}
	}

	/** The year a label names, if it is a financial year that has begun by {@code today}. */
	public static FinancialYear of(String label, LocalDate today) {
		Matcher parts = LABEL.matcher(label);
		if (!parts.matches()) {
			throw new NotAReportYear("'" + label + "' is not a financial year: write it as the year it starts and the"
					+ " last two digits of the next, e.g. 2025-26 for April 2025 to March 2026.");
		}
		int start = Integer.parseInt(parts.group(1));
		if (Integer.parseInt(parts.group(2)) != (start + 1) % 100) {
			throw new NotAReportYear("'" + label + "' is not a financial year: a financial year ends in the year after it"
					+ " starts, so the year starting in April " + start + " is " + new FinancialYear(start).label() + ".");
		}
		FinancialYear year = new FinancialYear(start);
		if (year.period().start().isAfter(today)) {
			throw new NotAReportYear("The financial year " + year.title() + " has not begun: there is no report of it yet.");
		}
		return year;
	}

	/** The last financial year that ended before {@code today}. */
	public static FinancialYear lastBefore(LocalDate today) {
		return new FinancialYear(StandardPeriod.financialYearBefore(today).start().getYear());
	}

	/** The year as its address writes it: 2025-26. */
	public String label() {
		return String.format("%04d-%02d", startYear, (startYear + 1) % 100);
	}

	/** The year as a report's title writes it: 2025/26. */
	public String title() {
		return label().replace('-', '/');
	}

	/** The year's first and last day in words: 1 April 2025 to 31 March 2026. */
	public String span() {
		return DAY.format(period().start()) + " to " + DAY.format(period().end());
	}

	public StandardPeriod period() {
		return StandardPeriod.financialYear(startYear);
	}

	/** Whether the year is still running on {@code today} (its report counts the year so far). */
	public boolean inProgress(LocalDate today) {
		return !period().end().isBefore(today);
	}

	public FinancialYear previous() {
		return new FinancialYear(startYear - 1);
	}
}
