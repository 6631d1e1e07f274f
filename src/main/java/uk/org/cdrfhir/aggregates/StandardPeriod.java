package uk.org.cdrfhir.aggregates;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import uk.org.cdrfhir.fhir.OperationOutcomes;

/**
 * A period the aggregates are published for: a calendar month or a financial year (April to March),
 * nothing else. Any two such periods are either apart or one holds the other whole (a year its twelve
 * months), so differencing two reports can only subtract rounded counts, never isolate a few days'
 * deaths (see docs/aggregates.md).
 *
 * @param start the first day
 * @param end   the last day (inclusive)
 */
public record StandardPeriod(LocalDate start, LocalDate end) {

	/** The period asked for by {@code periodStart} and {@code periodEnd} (dates, yyyy-mm-dd), if it is a standard one; else 400. */
	public static StandardPeriod of(String periodStart, String periodEnd) {
		LocalDate start = date("periodStart", periodStart);
		LocalDate end = date("periodEnd", periodEnd);
		StandardPeriod period = new StandardPeriod(start, end);
		boolean month = start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1).minusDays(1));
		boolean financialYear = start.getMonth() == Month.APRIL && start.getDayOfMonth() == 1 && end.equals(start.plusYears(1).minusDays(1));
		if (!month && !financialYear) {
			throw invalid("periodStart", "Aggregates are published for a calendar month (e.g. 2025-06-01 to 2025-06-30) or a"
					+ " financial year (e.g. 2025-04-01 to 2026-03-31) only: other periods could be differenced to reveal"
					+ " small numbers");
		}
		return period;
	}

	/** The last whole month before {@code today}. */
	public static StandardPeriod monthBefore(LocalDate today) {
		LocalDate start = today.withDayOfMonth(1).minusMonths(1);
		return new StandardPeriod(start, start.plusMonths(1).minusDays(1));
	}

	/** The last whole financial year before {@code today}. */
	public static StandardPeriod financialYearBefore(LocalDate today) {
		int startYear = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
		return financialYear(startYear);
	}

	/** The financial year starting in April of {@code startYear}. */
	public static StandardPeriod financialYear(int startYear) {
		LocalDate start = LocalDate.of(startYear, Month.APRIL, 1);
		return new StandardPeriod(start, start.plusYears(1).minusDays(1));
	}

	/** The day after the period, the exclusive bound of SQL ranges. */
	LocalDate endExclusive() {
		return end.plusDays(1);
	}

	private static LocalDate date(String parameter, String value) {
		if (value == null || value.isBlank()) {
			throw invalid(parameter, "The parameter " + parameter + " is required: a date, yyyy-mm-dd");
		}
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw invalid(parameter, "The parameter " + parameter + " is a date, yyyy-mm-dd, not '" + value + "'");
		}
	}

	static InvalidRequestException invalid(String parameter, String reason) {
		InvalidRequestException refusal = new InvalidRequestException(reason);
		OperationOutcome outcome = OperationOutcomes.error(IssueType.INVALID, reason);
		outcome.getIssueFirstRep().addExpression("Parameters.parameter.where(name = '" + parameter + "')");
		refusal.setOperationOutcome(outcome);
		return refusal;
	}
}
