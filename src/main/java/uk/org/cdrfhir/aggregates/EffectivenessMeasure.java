package uk.org.cdrfhir.aggregates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Quantity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The cdr-effectiveness Measure evaluated on the projection for a standard period: how well the
 * statutory clocks were met. Every count passes {@link DisclosureControl}; a share is computed from the
 * published counts (absent when one is suppressed), a median or percentile only over a population
 * that is shown. A clock's numerator is published with its complement (the cases that missed it) as
 * one stratifier, so neither can be recovered from the denominator when the other is small.
 */
@Component
public class EffectivenessMeasure implements PeriodMeasure {

	public static final String ID = "cdr-effectiveness";
	public static final String URL = CdrUrls.BASE + "/Measure/" + ID;
	private static final String CODE_SYSTEM = CdrUrls.BASE + "/CodeSystem/cdr-effectiveness-code";
	private static final String POPULATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/measure-population";
	/** The statutory duty: NCMD notified within 48 hours of the partners learning of the death. */
	private static final Duration NCMD_DEADLINE = Duration.ofHours(48);

	private final JdbcTemplate jdbc;
	private final DisclosureControl disclosure;

	EffectivenessMeasure(DataSource dataSource, DisclosureControl disclosure) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.disclosure = disclosure;
	}

	/** A case's two dates: the death and the event the clock runs to. */
	private record Span(LocalDate died, LocalDate reached) {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public MeasureReport evaluate(StandardPeriod period) {
		MeasureReport report = new MeasureReport();
		report.setStatus(MeasureReport.MeasureReportStatus.COMPLETE).setType(MeasureReport.MeasureReportType.SUMMARY)
				.setMeasure(URL).setDate(new java.util.Date());
		report.getPeriod().setStartElement(new DateTimeType(period.start().toString()))
				.setEndElement(new DateTimeType(period.end().toString()));

		List<Long> daysToNotification = spans("notified_on", period).stream()
				.map(span -> ChronoUnit.DAYS.between(span.died(), span.reached())).sorted().toList();
		report.addGroup(percentile("death-to-notification-median", daysToNotification, 50));
		report.addGroup(percentile("death-to-notification-p90", daysToNotification, 90));
		report.addGroup(ncmdWithin48Hours(period));
		report.addGroup(clock("jar-within-5-working-days", spans("jar_done_on", period),
				(died, ended) -> workingDaysBetween(died, ended) <= 5));
		report.addGroup(clock("cdrm-within-3-months", spans("cdrm_done_on", period),
				(died, held) -> !held.isAfter(died.plusMonths(3))));
		report.addGroup(clock("panel-within-6-months", spans("reviewed_on", period),
				(died, reviewed) -> !reviewed.isAfter(died.plusMonths(6))));
		report.addGroup(modifiableFactorsIdentified(period));
		report.addGroup(openCases(period));
		return report;
	}

	private List<Span> spans(String eventColumn, StandardPeriod period) {
		return jdbc.query("select died_on, " + eventColumn + " from cdr_case_facts where died_on is not null and "
						+ eventColumn + " >= ? and " + eventColumn + " < ?",
				(row, i) -> new Span(row.getDate(1).toLocalDate(), row.getDate(2).toLocalDate()),
				Date.valueOf(period.start()), Date.valueOf(period.endExclusive()));
	}

	private MeasureReportGroupComponent percentile(String code, List<Long> sortedDays, int percent) {
		MeasureReportGroupComponent group = group(code);
		Cell population = disclosure.publish(sortedDays.size());
		MeasureReportGroupPopulationComponent initial = group.addPopulation().setCode(population("initial-population"));
		ChildDeathsMeasure.write(initial, population, initial::setCount);
		if (!population.suppressed() && !sortedDays.isEmpty()) {
			// nearest rank: the smallest value with at least percent% of the cases at or below it
			int rank = (int) Math.ceil(percent / 100.0 * sortedDays.size());
			group.setMeasureScore(new Quantity().setValue(sortedDays.get(Math.max(rank, 1) - 1)).setUnit("days"));
		}
		return group;
	}

	private MeasureReportGroupComponent clock(String code, List<Span> spans, BiPredicate<LocalDate, LocalDate> met) {
		int within = (int) spans.stream().filter(span -> met.test(span.died(), span.reached())).count();
		return proportion(code, spans.size(), within);
	}

	/**
	 * Cases notified in the period (day of the first notification) whose receipt time is recorded;
	 * NCMD notified within 48 hours of it. A case NCMD has not been told of yet counts in the cases only.
	 */
	private MeasureReportGroupComponent ncmdWithin48Hours(StandardPeriod period) {
		List<Boolean> inTime = jdbc.query("select notified_at, ncmd_notified_at from cdr_case_facts "
						+ "where notified_at is not null and notified_on >= ? and notified_on < ?",
				(row, i) -> {
					Timestamp ncmdNotified = row.getTimestamp(2);
					return ncmdNotified != null && !ncmdNotified.toInstant()
							.isAfter(row.getTimestamp(1).toInstant().plus(NCMD_DEADLINE));
				},
				Date.valueOf(period.start()), Date.valueOf(period.endExclusive()));
		return proportion("ncmd-within-48-hours", inTime.size(), (int) inTime.stream().filter(Boolean::booleanValue).count());
	}

	private MeasureReportGroupComponent modifiableFactorsIdentified(StandardPeriod period) {
		Map<String, Object> counts = jdbc.queryForMap("select count(*) as reviewed, "
						+ "sum(case when modifiable_factors = 'identified' then 1 else 0 end) as identified "
						+ "from cdr_case_facts where reviewed_on >= ? and reviewed_on < ?",
				Date.valueOf(period.start()), Date.valueOf(period.endExclusive()));
		int reviewed = ((Number) counts.get("reviewed")).intValue();
		Number identified = (Number) counts.get("identified");
		return proportion("modifiable-factors-identified", reviewed, identified == null ? 0 : identified.intValue());
	}

	/** Denominator and numerator; the numerator and the cases that missed are published as one pair. */
	private MeasureReportGroupComponent proportion(String code, int denominator, int numerator) {
		MeasureReportGroupComponent group = group(code);
		Cell shownDenominator = disclosure.publish(denominator);
		Map<String, Integer> pair = new LinkedHashMap<>();
		pair.put("met", numerator);
		pair.put("missed", denominator - numerator);
		Cell shownNumerator = shownDenominator.suppressed() ? Cell.SUPPRESSED : disclosure.publish(pair).get("met");
		MeasureReportGroupPopulationComponent denominatorPopulation = group.addPopulation().setCode(population("denominator"));
		ChildDeathsMeasure.write(denominatorPopulation, shownDenominator, denominatorPopulation::setCount);
		MeasureReportGroupPopulationComponent numeratorPopulation = group.addPopulation().setCode(population("numerator"));
		ChildDeathsMeasure.write(numeratorPopulation, shownNumerator, numeratorPopulation::setCount);
		if (!shownNumerator.suppressed() && shownDenominator.count().getAsInt() > 0) {
			group.setMeasureScore(new Quantity().setUnit("%").setValue(BigDecimal.valueOf(shownNumerator.count().getAsInt() * 100L)
					.divide(BigDecimal.valueOf(shownDenominator.count().getAsInt()), 1, RoundingMode.HALF_UP)));
		}
		return group;
	}

	private MeasureReportGroupComponent openCases(StandardPeriod period) {
		Map<String, Integer> byAge = new LinkedHashMap<>();
		for (String band : List.of("under-3-months", "3-to-6-months", "6-to-12-months", "12-months-or-more")) {
			byAge.put(band, 0);
		}
		List<LocalDate> notified = jdbc.query("select notified_on from cdr_case_facts where notified_on <= ? "
						+ "and (closed_on is null or closed_on > ?)", (row, i) -> row.getDate(1).toLocalDate(),
				Date.valueOf(period.end()), Date.valueOf(period.end()));
		notified.forEach(on -> byAge.merge(caseAge(on, period.end()), 1, Integer::sum));

		MeasureReportGroupComponent group = group("open-cases");
		MeasureReportGroupPopulationComponent total = group.addPopulation().setCode(population("initial-population"));
		ChildDeathsMeasure.write(total, disclosure.publish(notified.size()), total::setCount);
		MeasureReportGroupStratifierComponent stratifier = group.addStratifier();
		stratifier.addCode(new CodeableConcept(new Coding(CODE_SYSTEM, "case-age", null)));
		disclosure.publish(byAge).forEach((band, cell) -> {
			StratifierGroupPopulationComponent population = stratifier.addStratum()
					.setValue(new CodeableConcept(new Coding(CODE_SYSTEM, band, null)))
					.addPopulation().setCode(population("initial-population"));
			ChildDeathsMeasure.write(population, cell, population::setCount);
		});
		return group;
	}

	private static String caseAge(LocalDate notified, LocalDate at) {
		if (notified.plusMonths(3).isAfter(at)) {
			return "under-3-months";
		} else if (notified.plusMonths(6).isAfter(at)) {
			return "3-to-6-months";
		} else if (notified.plusMonths(12).isAfter(at)) {
			return "6-to-12-months";
		}
		return "12-months-or-more";
	}

	/** Monday-to-Friday days after {@code from} up to and including {@code to}. */
	static long workingDaysBetween(LocalDate from, LocalDate to) {
		long days = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				days++;
			}
		}
		return days;
	}

	private static MeasureReportGroupComponent group(String code) {
		return new MeasureReportGroupComponent().setCode(new CodeableConcept(new Coding(CODE_SYSTEM, code, null)));
	}

	private static CodeableConcept population(String code) {
		return new CodeableConcept(new Coding(POPULATION_SYSTEM, code, null));
	}
}
