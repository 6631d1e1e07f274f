package uk.org.cdrfhir.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import uk.org.cdrfhir.aggregates.CaseFact;
import uk.org.cdrfhir.aggregates.CaseFacts;
import uk.org.cdrfhir.aggregates.ChildDeathsMeasure;
import uk.org.cdrfhir.aggregates.StoredReports;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.WebSession;

/**
 * The annual report of 2016/17, a year of this test's own with small numbers: the page and the PDF
 * show no count from 1 to 7 (only the suppression marker or rounded counts), their figures are the
 * stored MeasureReport's, a year that is not one is refused with a page that says why, only the CDR
 * Manager and the ICS analyst may see it, and a view is audited as the person's search.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportTest extends FhirServerTestBase {

	private static final String YEAR = "/reports/annual/2016-17";
	private static final LocalDate DIED = LocalDate.of(2016, 6, 1);
	private static final Instant NOTIFIED = DIED.plusDays(10).atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant();
	/** A cell of a figures table: its class marks a published count. */
	private static final Pattern COUNT_CELL = Pattern.compile("published-count\">([^<]*)</td>");
	private static final Pattern ROW = Pattern.compile("<tr class=\"nhsuk-table__row\">(.*?)</tr>", Pattern.DOTALL);
	private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>");

	@Autowired
	private CaseFacts caseFacts;

	@Autowired
	private StoredReports storedReports;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private DaoRegistry daoRegistry;

	private final Map<String, WebSession> sessions = new HashMap<>();
	private final String run = "annual-" + java.util.UUID.randomUUID().toString().substring(0, 8);
	private int serial;

	@BeforeAll
	void aYearOfSmallNumbersStored() {
		// the year is this test's own: no other test has a case in it
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("delete from cdr_case_facts where notified_on >= ? and notified_on < ?",
				java.sql.Date.valueOf("2016-04-01"), java.sql.Date.valueOf("2017-04-01"));
		jdbc.update("delete from cdr_aggregate_run where period_start = ?", java.sql.Date.valueOf("2016-04-01"));
		// 20 Bedford, 12 Luton and 3 unresolved deaths (suppressed, and Luton with them); 25 reviewed: 3 in category 1
		// (suppressed, and category 8's 9 with them), 13 in category 10
		died(20, "E06000055");
		died(12, "E06000032");
		died(3, "unresolved");
		for (int i = 1; i <= 25; i++) {
			String caseId = run + "-" + i;
			caseFacts.stageMoved(caseId, "ready-for-panel", "reviewed-by-panel", LocalDate.of(2016, 12, 1));
			caseFacts.analysed(caseId, Optional.of(i <= 3 ? "1" : i <= 12 ? "8" : "10"),
					Optional.of(i <= 3 ? "identified" : "not-identified"));
		}
		assertThat(storedReports.evaluateOnce(FinancialYear.of("2016-17", LocalDate.of(2017, 4, 2)).period(),
				LocalDate.of(2017, 4, 2))).as("child deaths and effectiveness stored").isEqualTo(2);
	}

	private void died(int cases, String area) {
		for (int i = 0; i < cases; i++) {
			serial++;
			caseFacts.opened(new CaseFact(run + "-" + serial, area, Optional.of(serial % 2 == 0 ? "1-to-4-years" : "under-28-days"),
					Optional.of(serial % 3 == 0 ? "female" : "male"), "white", Optional.of("expected"), Optional.of("hospital"),
					Optional.empty(), false, Optional.of(DIED), NOTIFIED));
		}
	}

	@Test
	void thePageShowsNoCountFrom1To7OnlyTheMarkerOrRoundedCounts() throws Exception {
		HttpResponse<String> page = as("manager").get(YEAR);

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		List<String> cells = countCells(page.body());
		assertThat(cells).as("suppressed cells").contains(PublishedCount.SUPPRESSED_MARKER);
		assertThat(cells).as("shown counts").anyMatch(cell -> cell.matches("[1-9][0-9]*"));
		assertThat(cells).allSatisfy(AnnualReportTest::isMarkerOrRoundedCount);
		assertThat(page.body()).contains("<svg", "role=\"img\"", "<title id=\"died-area-title\"", "<desc id=\"died-area-desc\"")
				.contains("Small numbers are not shown. A count from 1 to 7 is suppressed and shown as *");
	}

	@Test
	void theFiguresAreTheStoredMeasureReports() throws Exception {
		MeasureReport stored = client.read().resource(MeasureReport.class)
				.withId(ChildDeathsMeasure.ID + "-2016-04-01-2017-03-31").execute();
		String page = as("manager").get(YEAR).body();

		List<String> byArea = countCells(table(page, "died-area"));
		MeasureReportGroupComponent died = stored.getGroup().stream()
				.filter(group -> group.getCode().getCodingFirstRep().getCode().equals("died")).findFirst().orElseThrow();
		List<String> expected = died.getStratifier().stream()
				.filter(stratifier -> stratifier.getCodeFirstRep().getCodingFirstRep().getCode().equals("area")).findFirst()
				.orElseThrow().getStratum().stream()
				.map(stratum -> PublishedCount.of(stratum.getPopulationFirstRep(), stratum.getPopulationFirstRep().getCountElement()).text())
				.toList();
		assertThat(byArea).isEqualTo(expected).contains(PublishedCount.SUPPRESSED_MARKER, "20");
		assertThat(page).contains("MeasureReport/" + stored.getIdElement().getIdPart());
		assertThat(countCells(table(page, "reviewed-category"))).contains(PublishedCount.SUPPRESSED_MARKER, "15");
	}

	@Test
	void thePdfHasTheSameVerifiedRowsAndTheMarking() throws Exception {
		WebSession manager = as("manager");
		String page = manager.get(YEAR).body();
		HttpResponse<byte[]> pdf = manager.getBytes(YEAR + ".pdf");

		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			text = new PDFTextStripper().getText(document);
		}
		// a long label wraps in the PDF's narrow column: its rows are read with the lines joined
		String joined = text.replaceAll("\\s+", " ");
		assertThat(joined).contains("OFFICIAL-SENSITIVE", "Child death review annual report 2016/17");
		List<String> rows = countRows(page);
		assertThat(rows).as("rows with counts").hasSizeGreaterThan(10);
		// every row of counts in the PDF reads as the page's (whose cells are checked above): no other figure
		assertThat(rows).allSatisfy(row -> assertThat(joined).contains(row));
		assertThat(rows).anyMatch(row -> row.endsWith(" " + PublishedCount.SUPPRESSED_MARKER));
	}

	@Test
	void aYearWithNoStoredReportIsEvaluatedThroughTheApi() throws Exception {
		HttpResponse<String> page = as("analyst").get("/reports/annual/2015-16");

		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("by $evaluate-measure (no report of the year was stored yet)");
		assertThat(countCells(page.body())).allSatisfy(AnnualReportTest::isMarkerOrRoundedCount);
	}

	@Test
	void aPageViewIsAuditedAsThePersonsSearchOfTheReports() throws Exception {
		Instant start = Instant.now();

		as("analyst").get(YEAR);

		SearchParameterMap since = SearchParameterMap.newSynchronous()
				.add("date", new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS, Date.from(start.minusSeconds(1))));
		List<AuditEvent> events = daoRegistry.getResourceDao(AuditEvent.class).search(since, new SystemRequestDetails())
				.getAllResources().stream().map(AuditEvent.class::cast).toList();
		assertThat(events).anyMatch(event -> event.getAgent().stream()
				.anyMatch(agent -> "analyst".equals(agent.getWho().getIdentifier().getValue()))
				&& event.getEntity().stream().anyMatch(entity -> entity.hasQuery()
						&& new String(entity.getQuery(), StandardCharsets.UTF_8).contains("MeasureReport")));
	}

	@ParameterizedTest
	@ValueSource(strings = {"2016-18", "2016", "16-17", "2016-17x", "2999-00", "2016-18.pdf"})
	void aYearThatIsNotAFinancialYearOrHasNotBegunIsRefusedWithAPageThatSaysWhy(String year) throws Exception {
		HttpResponse<String> page = as("manager").get("/reports/annual/" + year);

		assertThat(page.statusCode()).as(page.body()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").containsAnyOf("is not a financial year", "has not begun");
	}

	/** The web rows of the access matrix: person | annual report page | its PDF. */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({"manager, 200", "analyst, 200", "doctor.bedfordshire, 403", "panel, 403", "admin, 403"})
	void onlyTheCdrManagerAndTheIcsAnalystSeeTheReport(String person, int expected) throws Exception {
		HttpResponse<String> page = as(person).get(YEAR);
		HttpResponse<byte[]> pdf = as(person).getBytes(YEAR + ".pdf");

		assertThat(page.statusCode()).as(page.body()).isEqualTo(expected);
		assertThat(pdf.statusCode()).isEqualTo(expected);
		if (expected == 403) {
			assertThat(page.body()).contains("Not permitted").doesNotContain("published-count");
		}
		assertThat(as(person).get("/").body().contains("href=\"/reports/annual\"")).as("link to the report").isEqualTo(expected == 200);
	}

	private WebSession as(String person) throws Exception {
		if (!sessions.containsKey(person)) {
			WebSession session = new WebSession(port);
			assertThat(session.signIn(person, "demo").statusCode()).isEqualTo(200);
			sessions.put(person, session);
		}
		return sessions.get(person);
	}

	private static boolean isMarkerOrRoundedCount(String cell) {
		if (cell.equals(PublishedCount.SUPPRESSED_MARKER)) {
			return true;
		}
		int count = Integer.parseInt(cell.replace(",", ""));
		return count % 5 == 0 && (count == 0 || count > 7);
	}

	private static List<String> countCells(String html) {
		List<String> cells = new ArrayList<>();
		Matcher cell = COUNT_CELL.matcher(html);
		while (cell.find()) {
			cells.add(cell.group(1).strip());
		}
		return cells;
	}

	/** The figures table of a chart. */
	private static String table(String page, String chartId) {
		int heading = page.indexOf("id=\"" + chartId + "-heading\"");
		assertThat(heading).as("chart " + chartId).isPositive();
		return page.substring(heading, page.indexOf("</table>", heading));
	}

	/** Each table row holding a published count, as its cells read in a line. */
	private static List<String> countRows(String page) {
		List<String> rows = new ArrayList<>();
		Matcher row = ROW.matcher(page);
		while (row.find()) {
			if (row.group(1).contains("published-count")) {
				List<String> cells = new ArrayList<>();
				Matcher cell = CELL.matcher(row.group(1));
				while (cell.find()) {
					cells.add(org.springframework.web.util.HtmlUtils.htmlUnescape(cell.group(1).strip()));
				}
				rows.add(String.join(" ", cells));
			}
		}
		return rows;
	}
}
