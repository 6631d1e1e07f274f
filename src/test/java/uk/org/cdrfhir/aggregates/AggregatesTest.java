package uk.org.cdrfhir.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * What the ICS platform gets from {@code $evaluate-measure}: counts that never show 1 to 7, that cannot
 * be differenced back to a suppressed cell, and never an individual's result. The cases of 2019/20 are
 * written through {@link CaseFacts} (the projection's own entry), far from the cases other tests notify.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AggregatesTest extends FhirServerTestBase {

	private static final int ROUNDING_SLACK = 2;
	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	@Autowired
	private CaseFacts caseFacts;

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private StoredReports storedReports;

	private final String run = "agg-" + java.util.UUID.randomUUID().toString().substring(0, 8);
	private int serial;

	@BeforeAll
	void casesOf2019To2020() {
		// the year is this test's own: no other test notifies a case in it
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("delete from cdr_case_facts where notified_on < ?", java.sql.Date.valueOf("2020-04-01"));
		jdbc.update("delete from cdr_aggregate_run where period_start < ?", java.sql.Date.valueOf("2020-04-01"));
		// June 2019: 3 with residence unresolved (to be suppressed), 20 in Bedford, 12 in Luton; July: 9 unresolved, 30 in Bedford
		open(3, "unresolved", LocalDate.of(2019, 6, 10));
		open(20, "E06000055", LocalDate.of(2019, 6, 11));
		open(12, "E06000032", LocalDate.of(2019, 6, 12));
		open(9, "unresolved", LocalDate.of(2019, 7, 3));
		open(30, "E06000055", LocalDate.of(2019, 7, 4));
	}

	private void open(int cases, String area, LocalDate notifiedOn) {
		for (int i = 0; i < cases; i++) {
			serial++;
			caseFacts.opened(new CaseFact(run + "-" + serial, area, Optional.of(serial % 2 == 0 ? "1-to-4-years" : "under-28-days"),
					Optional.of(serial % 3 == 0 ? "female" : "male"), "white", Optional.of("expected"), Optional.of("hospital"),
					Optional.empty(), false, Optional.of(notifiedOn.minusDays(1)), receivedOn(notifiedOn)));
		}
	}

	/** A notification received at 9 in the morning of that day in England. */
	private static Instant receivedOn(LocalDate day) {
		return day.atTime(9, 0).atZone(ENGLAND).toInstant();
	}

	@Test
	void effectivenessIsMeasuredFromTheCaseDatesAndASmallNumeratorHidesItsShare() throws Exception {
		// 2018/19: 20 deaths on Tuesday 1 May 2018, notified 2 days later; 10 JARs, 5 ended within 5 working days
		// and 5 after; 12 reviewed within 6 months, 3 of them with modifiable factors
		for (int i = 0; i < 20; i++) {
			String caseId = run + "-effectiveness-" + i;
			caseFacts.opened(new CaseFact(caseId, "E06000056", Optional.of("5-to-9-years"), Optional.of("male"), "white",
					Optional.of("unexpected"), Optional.of("home"), Optional.empty(), i < 10, Optional.of(LocalDate.of(2018, 5, 1)),
					receivedOn(LocalDate.of(2018, 5, 3))));
			if (i < 10) {
				caseFacts.stageMoved(caseId, "jar", "information-gathering", LocalDate.of(2018, 5, i < 5 ? 8 : 15));
			}
			if (i < 12) {
				caseFacts.stageMoved(caseId, "ready-for-panel", "reviewed-by-panel", LocalDate.of(2018, 9, 20));
				caseFacts.analysed(caseId, Optional.of("10"), Optional.of(i < 3 ? "identified" : "not-identified"));
			}
		}

		HttpResponse<String> response = get(DemoClient.ICS_ANALYST,
				"/fhir/Measure/cdr-effectiveness/$evaluate-measure?periodStart=2018-04-01&periodEnd=2019-03-31");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		MeasureReport report = (MeasureReport) parse(response.body());
		assertThat(group(report, "death-to-notification-median").getMeasureScore().getValue()).isEqualByComparingTo("2");
		MeasureReportGroupComponent jar = group(report, "jar-within-5-working-days");
		assertThat(jar.getPopulation().get(0).getCount()).isEqualTo(10);
		assertThat(jar.getPopulation().get(1).hasExtension(ChildDeathsMeasure.SUPPRESSED)).as("5 of 10 met").isTrue();
		assertThat(jar.hasMeasureScore()).isFalse();
		MeasureReportGroupComponent panel = group(report, "panel-within-6-months");
		assertThat(panel.getPopulation().get(1).getCount()).isEqualTo(10);
		assertThat(panel.getMeasureScore().getValue()).isEqualByComparingTo("100");
		MeasureReportGroupComponent modifiable = group(report, "modifiable-factors-identified");
		assertThat(modifiable.getPopulation().get(1).hasExtension(ChildDeathsMeasure.SUPPRESSED)).as("3 of 12").isTrue();
		assertThat(modifiable.hasMeasureScore()).isFalse();
	}

	@Test
	void ncmdNotifiedWithin48HoursOfTheNotificationCountsAndTheCountsPassDisclosureControl() throws Exception {
		// May 2017: 43 cases; NCMD told of 22 within 48 hours, of 10 after 49 hours, of 11 not yet.
		// June 2017: 12 cases, 3 told in time.
		for (int i = 0; i < 43; i++) {
			Instant received = receivedOn(LocalDate.of(2017, 5, 2 + i % 20));
			String caseId = ncmdCase("may-" + i, received);
			if (i < 22) {
				caseFacts.ncmdNotified(caseId, received.plus(Duration.ofHours(47)).plus(Duration.ofMinutes(59)));
			} else if (i < 32) {
				caseFacts.ncmdNotified(caseId, received.plus(Duration.ofHours(49)));
			}
		}
		for (int i = 0; i < 12; i++) {
			Instant received = receivedOn(LocalDate.of(2017, 6, 5));
			String caseId = ncmdCase("june-" + i, received);
			caseFacts.ncmdNotified(caseId, received.plus(Duration.ofHours(i < 3 ? 2 : 72)));
		}

		MeasureReportGroupComponent may = group(evaluateEffectiveness("2017-05-01", "2017-05-31"), "ncmd-within-48-hours");
		MeasureReportGroupComponent june = group(evaluateEffectiveness("2017-06-01", "2017-06-30"), "ncmd-within-48-hours");

		assertThat(may.getPopulation().get(0).getCount()).as("43 cases, rounded").isEqualTo(45);
		assertThat(may.getPopulation().get(1).getCount()).as("22 in time, rounded").isEqualTo(20);
		assertThat(may.getMeasureScore().getValue()).as("from the published 20 of 45, not the true 22 of 43")
				.isEqualByComparingTo("44.4");
		assertThat(june.getPopulation().get(0).getCount()).isEqualTo(10);
		assertThat(june.getPopulation().get(1).hasExtension(ChildDeathsMeasure.SUPPRESSED)).as("3 of 12").isTrue();
		assertThat(june.hasMeasureScore()).isFalse();
	}

	private String ncmdCase(String name, Instant received) {
		String caseId = run + "-ncmd-" + name;
		caseFacts.opened(new CaseFact(caseId, "E06000056", Optional.of("under-28-days"), Optional.of("female"), "white",
				Optional.of("expected"), Optional.of("hospital"), Optional.empty(), false, Optional.of(LocalDate.ofInstant(received, ENGLAND)),
				received));
		return caseId;
	}

	@Test
	void completingTheNotifyNcmdTaskByHandRecordsWhenNcmdWasNotified() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage));
		Bundle found = client.search().forResource(Task.class).where(Task.FOCUS.hasId("EpisodeOfCare/" + caseId))
				.and(Task.CODE.exactly().code("notify-ncmd")).returnBundle(Bundle.class).execute();
		Task notifyNcmd = (Task) found.getEntryFirstRep().getResource();
		notifyNcmd.setDescription("NCMD telephoned");
		client.update().resource(notifyNcmd).execute();
		assertThat(ncmdNotifiedAt(caseId)).as("an edit that does not complete the task").isEmpty();

		notifyNcmd = client.read().resource(Task.class).withId(notifyNcmd.getIdElement().toUnqualifiedVersionless()).execute();
		Instant before = Instant.now();
		notifyNcmd.setStatus(Task.TaskStatus.COMPLETED);
		client.update().resource(notifyNcmd).execute();
		Instant after = Instant.now();

		assertThat(ncmdNotifiedAt(caseId)).hasValueSatisfying(notified -> assertThat(notified).isBetween(before, after));
	}

	private Optional<Instant> ncmdNotifiedAt(String caseId) {
		return Optional.ofNullable(new JdbcTemplate(dataSource).queryForObject(
				"select ncmd_notified_at from cdr_case_facts where case_id = ?", Timestamp.class, caseId)).map(Timestamp::toInstant);
	}

	private MeasureReport evaluateEffectiveness(String start, String end) throws Exception {
		HttpResponse<String> response = get(DemoClient.ICS_ANALYST, "/fhir/Measure/cdr-effectiveness/$evaluate-measure?periodStart="
				+ start + "&periodEnd=" + end);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (MeasureReport) parse(response.body());
	}

	private static MeasureReportGroupComponent group(MeasureReport report, String code) {
		return report.getGroup().stream().filter(group -> group.getCode().getCodingFirstRep().getCode().equals(code))
				.findFirst().orElseThrow();
	}

	@Test
	void noReportShowsACountFrom1To7AndEveryShownCountIsAMultipleOf5() throws Exception {
		List<MeasureReport> reports = new ArrayList<>();
		reports.add(evaluate("2019-04-01", "2020-03-31"));
		reports.add(evaluate("2019-06-01", "2019-06-30"));
		reports.add(evaluate("2019-07-01", "2019-07-31"));
		HttpResponse<String> effectiveness = get(DemoClient.ICS_ANALYST,
				"/fhir/Measure/cdr-effectiveness/$evaluate-measure?periodStart=2019-04-01&periodEnd=2020-03-31");
		reports.add((MeasureReport) parse(effectiveness.body()));

		List<Boolean> suppressed = new ArrayList<>();
		for (MeasureReport report : reports) {
			List<Integer> counts = new ArrayList<>();
			for (MeasureReportGroupComponent group : report.getGroup()) {
				group.getPopulation().forEach(population -> counts.add(population.hasCount() ? population.getCount() : null));
				group.getStratifier().forEach(stratifier -> {
					long hidden = stratifier.getStratum().stream().filter(AggregatesTest::isSuppressed).count();
					assertThat(hidden).as("suppressed strata of " + stratifier.getCodeFirstRep().getCodingFirstRep().getCode())
							.isNotEqualTo(1);
					stratifier.getStratum().forEach(stratum -> {
						suppressed.add(isSuppressed(stratum));
						counts.add(stratum.getPopulationFirstRep().hasCount() ? stratum.getPopulationFirstRep().getCount() : null);
					});
				});
			}
			assertThat(counts).as("counts of " + report.getPeriod().getStart()).isNotEmpty()
					.allMatch(count -> count == null || (count % 5 == 0 && (count == 0 || count > 7)));
		}
		assertThat(suppressed).contains(true);
	}

	@Test
	void aSuppressedCellCannotBeRecoveredFromItsTotalNorFromTheYearLessItsOtherMonths() throws Exception {
		MeasureReport june = evaluate("2019-06-01", "2019-06-30");
		StratifierGroupComponent juneUnresolved = stratum(june, "area", "unresolved");
		assertThat(isSuppressed(juneUnresolved)).isTrue();

		// within June: the cell is at most the total less the shown strata
		MeasureReportGroupComponent notified = june.getGroupFirstRep();
		int juneTotal = notified.getPopulationFirstRep().getCount();
		int shownLow = stratifier(june, "area").getStratum().stream().filter(stratum -> !isSuppressed(stratum))
				.mapToInt(stratum -> low(stratum.getPopulationFirstRep().getCount())).sum();
		int upper = juneTotal + ROUNDING_SLACK - shownLow;
		int lower = 1;

		// across periods: the year's unresolved less every other month's
		MeasureReport year = evaluate("2019-04-01", "2020-03-31");
		int yearCount = stratum(year, "area", "unresolved").getPopulationFirstRep().getCount();
		int othersLow = 0;
		int othersHigh = 0;
		for (YearMonth month = YearMonth.of(2019, 4); !month.equals(YearMonth.of(2020, 4)); month = month.plusMonths(1)) {
			if (month.equals(YearMonth.of(2019, 6))) {
				continue;
			}
			StratifierGroupComponent other = stratum(evaluate(month.atDay(1).toString(), month.atEndOfMonth().toString()),
					"area", "unresolved");
			assertThat(isSuppressed(other)).as("unresolved in " + month).isFalse();
			othersLow += low(other.getPopulationFirstRep().getCount());
			othersHigh += other.getPopulationFirstRep().getCount() + ROUNDING_SLACK;
		}
		lower = Math.max(lower, low(yearCount) - othersHigh);
		upper = Math.min(Math.min(upper, 7), yearCount + ROUNDING_SLACK - othersLow);

		assertThat(upper - lower).as("values the suppressed cell (truly 3) may have: %d to %d", lower, upper).isGreaterThanOrEqualTo(1);
		assertThat(lower).isLessThanOrEqualTo(3);
		assertThat(upper).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theRateOfAnAreaIsPer100000ChildrenOfItsPublishedCount() throws Exception {
		StratifierGroupComponent bedford = stratum(evaluate("2019-06-01", "2019-06-30"), "area", "E06000055");

		assertThat(bedford.getPopulationFirstRep().getCount()).isEqualTo(20);
		assertThat(bedford.getMeasureScore().getValue()).isEqualByComparingTo("45.9"); // 20 / 43,600 children
	}

	@Test
	void theMeasureDeclaresExactlyTheStratifiersTheServerReports() throws Exception {
		Measure measure = cdrPackage.conformanceResources(Measure.class).stream()
				.filter(candidate -> candidate.getUrl().equals(ChildDeathsMeasure.URL)).findFirst().orElseThrow();
		Map<String, List<String>> declared = new LinkedHashMap<>();
		measure.getGroup().forEach(group -> declared.put(code(group.getCode()),
				group.getStratifier().stream().map(stratifier -> code(stratifier.getCode())).toList()));

		Map<String, List<String>> reported = new LinkedHashMap<>();
		evaluate("2019-06-01", "2019-06-30").getGroup().forEach(group -> reported.put(code(group.getCode()),
				group.getStratifier().stream().map(stratifier -> code(stratifier.getCodeFirstRep())).toList()));

		assertThat(reported).as("groups and their stratifiers, in the Measure's order").isEqualTo(declared);
	}

	@Test
	void everyCodedStratumIsACodeOfTheGuidesCodeSystem() throws Exception {
		Map<String, Set<String>> guideCodes = new HashMap<>();
		cdrPackage.conformanceResources(CodeSystem.class).forEach(system -> guideCodes.put(system.getUrl(), codes(system.getConcept())));

		List<Coding> ofTheGuide = evaluate("2019-06-01", "2019-06-30").getGroup().stream()
				.flatMap(group -> group.getStratifier().stream()).flatMap(stratifier -> stratifier.getStratum().stream())
				.flatMap(stratum -> stratum.getValue().getCoding().stream())
				.filter(coding -> coding.getSystem().startsWith(CdrUrls.BASE)).toList();

		assertThat(ofTheGuide).as("strata coded in the guide's code systems").isNotEmpty().allSatisfy(coding ->
				assertThat(guideCodes.getOrDefault(coding.getSystem(), Set.of())).as(coding.getSystem()).contains(coding.getCode()));
	}

	@Test
	void everyCodeOfAStratifiersCodeSystemIsListedCountedOrNot() throws Exception {
		Map<String, Set<String>> guideCodes = new HashMap<>();
		cdrPackage.conformanceResources(CodeSystem.class).forEach(system -> guideCodes.put(system.getUrl(), codes(system.getConcept())));

		// one month's cases in one area: most strata are zero, and a stratum absent would be a zero shown by omission.
		// Not the area (the footprint's, configured) nor JAR and SUDI (worked out as yes or no, never unknown).
		Set<String> notFromACodeSystem = Set.of("area", "jar", "sudi");
		evaluate("2019-06-01", "2019-06-30").getGroup().forEach(group -> group.getStratifier().stream()
				.filter(stratifier -> !notFromACodeSystem.contains(code(stratifier.getCodeFirstRep())))
				.forEach(stratifier -> {
					Map<String, Set<String>> listed = new HashMap<>();
					stratifier.getStratum().forEach(stratum -> stratum.getValue().getCoding().forEach(coding ->
							listed.computeIfAbsent(coding.getSystem(), system -> new HashSet<>()).add(coding.getCode())));
					listed.keySet().stream().filter(guideCodes::containsKey).forEach(system ->
							assertThat(listed.get(system)).as(code(group.getCode()) + " by " + code(stratifier.getCodeFirstRep()))
									.containsAll(guideCodes.get(system)));
				}));
	}

	private static Set<String> codes(List<CodeSystem.ConceptDefinitionComponent> concepts) {
		Set<String> codes = new HashSet<>();
		concepts.forEach(concept -> {
			codes.add(concept.getCode());
			codes.addAll(codes(concept.getConcept()));
		});
		return codes;
	}

	@Test
	void theGestationBandIsTheFirstNotifiedGestationAndAChildWithoutOneIsNotKnown() throws Exception {
		TestNotifications atTerm = TestNotifications.newChild(cdrPackage).bornAtWeeks(40.29);
		String caseId = notifyCase(atTerm.fromAnotherHospital().withoutGestation());
		assertThat(gestationBand(caseId)).as("no gestation notified yet").isNull();

		notifyCase(atTerm);
		assertThat(gestationBand(caseId)).as("given by the later notification").isEqualTo("term");
		notifyCase(atTerm.fromAnotherHospital().bornAtWeeks(36.86));
		assertThat(gestationBand(caseId)).as("the first gestation notified stays").isEqualTo("term");
		assertThat(gestationBand(notifyCase(TestNotifications.newChild(cdrPackage)))).as("the example's 29 weeks")
				.isEqualTo("very-preterm");
	}

	private String gestationBand(String caseId) {
		return new JdbcTemplate(dataSource).queryForObject("select gestation_band from cdr_case_facts where case_id = ?",
				String.class, caseId);
	}

	@Test
	void theTimeToReviewAndTheGestationBandAreCountedInTheirBandsWithDisclosureControl() throws Exception {
		// reviewed on 20 January 2015: 12 cases the day before six months from the death, 10 on the day six months
		// from it (the next band), 3 a year and a day after it (suppressed), 9 two years after it (hidden with them);
		// 10 more died in July 2014 and are not reviewed
		Optional<LocalDate> reviewedOn = Optional.of(LocalDate.of(2015, 1, 20));
		diedAndReviewed(12, LocalDate.of(2014, 7, 21), Optional.of("very-preterm"), reviewedOn);
		diedAndReviewed(10, LocalDate.of(2014, 7, 20), Optional.empty(), reviewedOn);
		diedAndReviewed(3, LocalDate.of(2014, 1, 19), Optional.empty(), reviewedOn);
		diedAndReviewed(9, LocalDate.of(2013, 1, 20), Optional.empty(), reviewedOn);
		diedAndReviewed(10, LocalDate.of(2014, 7, 21), Optional.of("term"), Optional.empty());

		MeasureReport january = evaluate("2015-01-01", "2015-01-31");
		MeasureReport july = evaluate("2014-07-01", "2014-07-31");

		assertThat(published(january, "reviewed", "time-to-review")).containsExactly(entry("under-6-months", "10"),
				entry("6-to-12-months", "10"), entry("12-to-24-months", "*"), entry("24-months-or-more", "*"),
				entry("Not recorded", "0"));
		assertThat(published(july, "died", "time-to-review")).containsExactly(entry("under-6-months", "10"),
				entry("6-to-12-months", "10"), entry("12-to-24-months", "0"), entry("24-months-or-more", "0"),
				entry("Not recorded", "10"));
		assertThat(published(july, "died", "gestation-band")).containsExactly(entry("extremely-preterm", "0"),
				entry("very-preterm", "10"), entry("moderate-late-preterm", "0"), entry("term", "10"), entry("post-term", "0"),
				entry("not-known", "10"), entry("Not recorded", "0"));
	}

	/** Cases of children who died on that day, reviewed by the panel on the day given, if any. */
	private void diedAndReviewed(int cases, LocalDate diedOn, Optional<String> gestationBand, Optional<LocalDate> reviewedOn) {
		for (int i = 0; i < cases; i++) {
			serial++;
			String caseId = run + "-" + serial;
			caseFacts.opened(new CaseFact(caseId, "E06000056", Optional.of("under-28-days"), Optional.of("female"), "white",
					Optional.of("expected"), Optional.of("hospital"), gestationBand, false, Optional.of(diedOn),
					receivedOn(diedOn.plusDays(2))));
			reviewedOn.ifPresent(day -> caseFacts.stageMoved(caseId, "ready-for-panel", "reviewed-by-panel", day));
		}
	}

	/** A stratifier's strata as published: the value's code (or its text) and the count, "*" when suppressed. */
	private static Map<String, String> published(MeasureReport report, String group, String stratifier) {
		Map<String, String> strata = new LinkedHashMap<>();
		group(report, group).getStratifier().stream().filter(candidate -> code(candidate.getCodeFirstRep()).equals(stratifier))
				.findFirst().orElseThrow().getStratum().forEach(stratum -> strata.put(
						stratum.getValue().hasCoding() ? code(stratum.getValue()) : stratum.getValue().getText(),
						isSuppressed(stratum) ? "*" : String.valueOf(stratum.getPopulationFirstRep().getCount())));
		return strata;
	}

	private static String code(CodeableConcept concept) {
		return concept.getCodingFirstRep().getCode();
	}

	@Test
	void aSubjectOrAnIndividualReportIsRefused() throws Exception {
		HttpResponse<String> withSubject = get(DemoClient.ICS_ANALYST, "/fhir/Measure/cdr-child-deaths/$evaluate-measure"
				+ "?periodStart=2019-04-01&periodEnd=2020-03-31&subject=Patient/1");
		HttpResponse<String> individual = get(DemoClient.ICS_ANALYST, "/fhir/Measure/cdr-child-deaths/$evaluate-measure"
				+ "?periodStart=2019-04-01&periodEnd=2020-03-31&reportType=individual");

		assertThat(withSubject.statusCode()).isEqualTo(400);
		assertThat(withSubject.body()).contains("OperationOutcome", "subject");
		assertThat(individual.statusCode()).isEqualTo(400);
	}

	@Test
	void aPeriodOtherThanAMonthOrAFinancialYearIsRefused() throws Exception {
		HttpResponse<String> response = get(DemoClient.ICS_ANALYST, "/fhir/Measure/cdr-child-deaths/$evaluate-measure"
				+ "?periodStart=2019-06-01&periodEnd=2019-06-15");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("OperationOutcome", "financial year");
	}

	@Test
	void aNotifiedCaseIsInTheProjectionWithItsAreaAndNothingIdentifying() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").unexpected());

		Map<String, Object> facts = new JdbcTemplate(dataSource).queryForMap("select * from cdr_case_facts where case_id = ?", caseId);

		assertThat(facts.get("area")).isEqualTo("E06000032");
		assertThat(facts.get("expectedness")).isEqualTo("unexpected");
		assertThat(facts.get("jar")).isEqualTo(true);
		assertThat(facts.get("notified_on").toString()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")).toString());
		assertThat(facts.keySet()).map(String::toLowerCase).noneMatch(column -> column.contains("name") || column.contains("nhs"));
	}

	@Test
	void anEvaluatedPeriodIsStoredOnceADayAndTheIcsPlatformFindsItBySearch() throws Exception {
		StandardPeriod june = StandardPeriod.of("2019-06-01", "2019-06-30");
		LocalDate today = LocalDate.of(2019, 7, 1);

		int first = storedReports.evaluateOnce(june, today);
		int again = storedReports.evaluateOnce(june, today);

		assertThat(first).as("child deaths and effectiveness").isEqualTo(2);
		assertThat(again).as("claimed already today (by this node or another)").isZero();
		HttpResponse<String> found = get(DemoClient.ICS_ANALYST, "/fhir/MeasureReport?measure=" + ChildDeathsMeasure.URL
				+ "&period=ge2019-06-01&period=le2019-06-30");
		assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
		org.hl7.fhir.r4.model.Bundle bundle = (org.hl7.fhir.r4.model.Bundle) parse(found.body());
		assertThat(bundle.getEntry()).hasSize(1);
		MeasureReport stored = (MeasureReport) bundle.getEntryFirstRep().getResource();
		assertThat(stored.getGroupFirstRep().getPopulationFirstRep().getCount()).isEqualTo(35);
		assertThat(isSuppressed(stratum(stored, "area", "unresolved"))).isTrue();
	}

	private MeasureReport evaluate(String start, String end) throws Exception {
		HttpResponse<String> response = get(DemoClient.ICS_ANALYST, "/fhir/Measure/cdr-child-deaths/$evaluate-measure?periodStart="
				+ start + "&periodEnd=" + end);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return (MeasureReport) parse(response.body());
	}

	private static MeasureReport.MeasureReportGroupStratifierComponent stratifier(MeasureReport report, String code) {
		return report.getGroupFirstRep().getStratifier().stream()
				.filter(stratifier -> stratifier.getCodeFirstRep().getCodingFirstRep().getCode().equals(code))
				.findFirst().orElseThrow();
	}

	private static StratifierGroupComponent stratum(MeasureReport report, String stratifier, String value) {
		return stratifier(report, stratifier).getStratum().stream()
				.filter(stratum -> value.equals(stratum.getValue().getCodingFirstRep().getCode()))
				.findFirst().orElseThrow();
	}

	private static boolean isSuppressed(StratifierGroupComponent stratum) {
		return stratum.getPopulationFirstRep().hasExtension(ChildDeathsMeasure.SUPPRESSED);
	}

	/** The least true count a published one may stand for (0 is published only for 0). */
	private static int low(int published) {
		return published == 0 ? 0 : published - ROUNDING_SLACK;
	}
}
