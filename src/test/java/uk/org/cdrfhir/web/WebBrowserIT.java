package uk.org.cdrfhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.rest.api.SummaryEnum;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * The web UI used as a person would, in Debian's Chromium (headless) driven by its chromedriver,
 * against the server on a random port: each demo person signs in; the dashboard's numbers are the
 * FHIR counts for that person; the CDR Manager resolves a triage case and it moves; a Luton doctor
 * gets "page not found" for a Bedfordshire case, and an unreadable address or any other error is a page
 * of the site, not the framework's; the CDR Manager filters the cases, moves a case on stage
 * by stage (a refused move shown in the error summary) and places it on a panel meeting; axe-core finds no serious or critical WCAG 2.2 A/AA
 * violation on any page; every page is photographed at desktop and mobile width (target/screenshots).
 *
 * <p>Selenium Manager never runs: the driver and browser are named ({@code /usr/bin/chromedriver},
 * {@code /usr/bin/chromium}); without them the test fails saying what to install.
 */
class WebBrowserIT extends FhirServerTestBase {

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
	private static final Path SCREENSHOTS = Path.of("target", "screenshots");
	private static final Dimension DESKTOP = new Dimension(1280, 1000);
	private static final Dimension MOBILE = new Dimension(390, 844);

	/** The demo people (application-dev.yaml) and the demo system of the same role and area, whose FHIR counts theirs must equal. */
	private static final Map<String, DemoClient> PEOPLE = Map.of("manager", DemoClient.CDR_MANAGER,
			"doctor.bedfordshire", DemoClient.DOCTOR_BEDFORDSHIRE, "doctor.luton", DemoClient.DOCTOR_LUTON,
			"panel", DemoClient.PANEL_MEMBER, "analyst", DemoClient.ICS_ANALYST, "admin", DemoClient.ADMINISTRATOR);

	private static ChromeDriver browser;
	private static Path profile;
	private static String axe;

	@Autowired
	private CdrPackage cdrPackage;

	private final ObjectMapper json = new ObjectMapper();

	@BeforeAll
	static void startBrowser() throws IOException {
		assertThat(CHROMEDRIVER).as("The browser tests need Debian's chromium-driver: apt-get install -y chromium chromium-driver").exists();
		assertThat(CHROMIUM).as("The browser tests need Debian's chromium: apt-get install -y chromium chromium-driver").exists();
		try (InputStream source = WebBrowserIT.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(source).as("axe-core is copied by web-assets/update.sh").isNotNull();
			axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
		}
		profile = Files.createTempDirectory("cdr-chromium-");
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
		// the background-networking flags matter on a closed network: without them Chromium misbehaves
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort().build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

	@BeforeEach
	void signedOut() {
		browser.manage().window().setSize(DESKTOP);
		browser.get(site() + "/ig");
		browser.manage().deleteAllCookies();
	}

	@Test
	void everyDemoPersonSignsInAndTheDashboardShowsTheirFhirCounts() throws Exception {
		notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		notifyCase(TestNotifications.newChild(cdrPackage).withoutPostcode());

		for (Map.Entry<String, DemoClient> person : PEOPLE.entrySet()) {
			signIn(person.getKey());
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
			assertThat(browser.findElement(By.cssSelector(".nhsuk-header__account")).getText()).contains(person.getKey());
			List<WebElement> figures = browser.findElements(By.cssSelector("a.figure[data-query]"));
			boolean caseWorker = person.getValue() == DemoClient.CDR_MANAGER || person.getValue().name().startsWith("DOCTOR");
			assertThat(figures).as(person.getKey() + "'s dashboard figures").hasSize(caseWorker ? expectedFigures(person.getValue()) : 0);
			for (WebElement figure : figures) {
				String query = figure.getAttribute("data-query");
				String shown = figure.findElement(By.cssSelector(".figure-number")).getText();
				assertThat(shown).as(person.getKey() + ": " + query).isEqualTo(String.valueOf(fhirCount(person.getValue(), query)));
			}
			if (person.getValue().name().startsWith("DOCTOR")) {
				// why a doctor's dashboard has no "no area yet" column, nor the triage and out-of-area queues
				// and clocks: such a case, and its tasks, are never theirs
				assertThat(fhirCount(person.getValue(), "EpisodeOfCare?area:missing=true")).isZero();
				assertThat(fhirCount(DemoClient.CDR_MANAGER, "EpisodeOfCare?area:missing=true")).isPositive();
				assertThat(fhirCount(person.getValue(), "Task?code=triage,out-of-area-transfer")).isZero();
				assertThat(fhirCount(DemoClient.CDR_MANAGER, "Task?code=triage")).isPositive();
			}
			checkPage("dashboard-" + person.getKey());
			signOut();
		}
	}

	@Test
	void theManagerResolvesTriageAndTheCaseMovesToTheChosenArea() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).withoutPostcode());
		signIn("manager");

		browser.get(site() + "/tasks?type=triage");
		assertThat(browser.findElements(By.cssSelector("#task-list a[href$='/cases/" + caseId + "']"))).hasSize(1);
		checkPage("tasks");
		browser.findElement(By.cssSelector("#task-list a[href$='/cases/" + caseId + "']")).click();
		assertThat(browser.findElement(By.id("case-area")).getText()).isEqualTo("No area yet");
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Notification received", "Task started: Triage");
		assertThat(browser.findElement(By.id("child")).getText()).contains("NHS number");
		checkPage("case");

		new Select(browser.findElement(By.id("transfer-area"))).selectByValue("E06000032");
		browser.findElement(By.id("transfer-reason")).sendKeys("Residence confirmed with the family's GP");
		browser.findElement(By.cssSelector("#transfer-form button")).click();

		wait(ExpectedConditions.textToBe(By.id("case-area"), "Luton"));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Case moved", "Residence confirmed with the family's GP");
		assertThat(browser.findElements(By.id("transfer-form"))).isEmpty();
		browser.get(site() + "/tasks?type=triage");
		assertThat(browser.findElements(By.cssSelector("a[href$='/cases/" + caseId + "']"))).isEmpty();
		signOut();

		signIn("doctor.luton");
		browser.get(site() + "/cases/" + caseId);
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("CDR-");
		assertThat(browser.findElement(By.id("case-area")).getText()).isEqualTo("Luton");
		signOut();
	}

	@Test
	void aLutonDoctorGetsPageNotFoundForABedfordshireCaseAndErrorsArePagesOfTheSite() throws Exception {
		String bedfordshireCase = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("MK40 1SJ"));
		signIn("doctor.luton");

		browser.get(site() + "/cases/" + bedfordshireCase);

		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(browser.getPageSource()).doesNotContain("MK40").doesNotContain("Exception");
		checkPage("not-found");

		browser.get(site() + "/cases?page=abc");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This page could not read its address");
		checkPage("bad-request");
		browser.get(site() + "/cases/" + bedfordshireCase + "/transfer"); // a form's action asked for as a page
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Method Not Allowed");
		checkPage("error");
		browser.get(site() + "/"); // the site's error page has no account menu: it cannot tell who asked
		signOut();
	}

	@Test
	void theCdrManagerWorksThroughTheListsAndTheFhirQueryPage() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		signIn("manager");

		browser.get(site() + "/cases?stage=notified&area=E06000032&sort=newest");
		assertThat(browser.findElements(By.cssSelector("#case-list a[href$='/cases/" + caseId + "']"))).hasSize(1);
		checkPage("cases");

		browser.get(site() + "/cases/" + caseId);
		WebElement ncmd = browser.findElements(By.cssSelector("#case-tasks tr")).stream()
				.filter(row -> row.getText().contains("Notify NCMD")).findFirst().orElseThrow();
		ncmd.findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Complete')]")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nhsuk-notification-banner"), "Task completed"));
		assertThat(browser.findElement(By.id("case-tasks")).getText()).contains("Completed");

		browser.get(site() + "/query");
		browser.findElement(By.id("q")).sendKeys("Task?focus=EpisodeOfCare/" + caseId + "&_count=1");
		browser.findElement(By.cssSelector("#query-form button")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#query-results tbody tr")));
		assertThat(browser.findElements(By.cssSelector("#query-results tbody tr"))).hasSize(1);
		checkPage("query");
		WebElement firstPage = browser.findElement(By.cssSelector("#query-results tbody tr"));
		browser.findElement(By.id("next-page")).click();
		wait(ExpectedConditions.stalenessOf(firstPage));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#query-results tbody tr")));
		assertThat(browser.findElements(By.cssSelector("#query-results tbody tr"))).hasSize(1);

		signOut();

		browser.get(site() + "/ig");
		checkPage("implementation-guide");
	}

	@Test
	void theAnalystOpensTheAnnualReportFromTheDashboard() throws Exception {
		signIn("analyst");
		browser.findElement(By.linkText("annual report")).click(); // the dashboard's link

		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Child death review annual report");
		assertThat(browser.findElements(By.cssSelector("svg.bar-chart[role=img]"))).isNotEmpty();
		checkPage("annual-report");
		signOut();
	}

	@Test
	void theManagerMovesACaseOnStageByStageAndPlacesItOnAPanelMeeting() throws Exception {
		String caseId = notifyCase(TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR"));
		String meetingId = client.create().resource(panelMeeting()).execute().getId().getIdPart();
		signIn("manager");

		browser.get(site() + "/cases?ageBand=under-28-days&area=E06000032&due=today&sort=oldest");
		assertThat(browser.findElements(By.cssSelector("#case-list a[href$='/cases/" + caseId + "']"))).isEmpty();
		browser.get(site() + "/cases?ageBand=under-28-days&area=E06000032&sort=oldest");
		checkPage("cases-filtered");
		browser.get(site() + "/cases?ageBand=1-to-4-years&area=E06000032");
		assertThat(browser.findElements(By.cssSelector("#case-list a[href$='/cases/" + caseId + "']"))).isEmpty();

		// refused: NCMD is not yet told of the death
		browser.get(site() + "/cases/" + caseId);
		advanceTo("information-gathering", "");
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nhsuk-error-summary")));
		WebElement summary = browser.findElement(By.cssSelector(".nhsuk-error-summary"));
		assertThat(summary.getText()).contains("There is a problem", "notify-ncmd");
		assertThat(summary.findElement(By.cssSelector("a[href='#advance-stage']")).getText()).contains("NCMD is notified");
		assertThat(browser.findElement(By.id("advance-stage-error")).getText()).contains("NCMD is notified");
		assertThat(browser.findElement(By.id("case-stage")).getText()).isEqualTo("Notified");
		checkPage("case-advance-refused");

		browser.findElements(By.cssSelector("#case-tasks tr")).stream().filter(row -> row.getText().contains("Notify NCMD")).findFirst()
				.orElseThrow().findElement(By.xpath(".//button[starts-with(normalize-space(.), 'Complete')]")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nhsuk-notification-banner"), "Task completed"));
		advanceTo("information-gathering", "NCMD notified by phone");
		wait(ExpectedConditions.textToBe(By.id("case-stage"), "Information gathering"));
		assertThat(browser.findElement(By.id("timeline")).getText())
				.contains("Stage changed", "Notified to Information gathering", "NCMD notified by phone", "(by manager");

		advanceTo("ready-for-panel", "");
		wait(ExpectedConditions.textToBe(By.id("case-stage"), "Ready for panel"));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("Information gathering to Ready for panel");
		checkPage("case-ready-for-panel");

		new Select(browser.findElement(By.id("panel-meeting"))).selectByValue(meetingId);
		browser.findElement(By.cssSelector("#meeting-form button")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".nhsuk-notification-banner"), "Case placed on the panel meeting"));
		assertThat(browser.findElement(By.id("meetings-on")).getText()).contains("Child Death Overview Panel (browser test)");
		assertThat(client.read().resource(org.hl7.fhir.r4.model.Appointment.class).withId(meetingId).execute().getSupportingInformation())
				.extracting(reference -> reference.getReferenceElement().toUnqualifiedVersionless().getValue())
				.contains("EpisodeOfCare/" + caseId);
		checkPage("case-on-panel-meeting");

		signOut();
	}

	private void advanceTo(String stage, String reason) {
		new Select(browser.findElement(By.id("advance-stage"))).selectByValue(stage);
		browser.findElement(By.id("advance-reason")).sendKeys(reason);
		browser.findElement(By.cssSelector("#advance-form button")).click();
	}

	/** A panel meeting tomorrow, as the CDR Manager books one, its agenda empty. */
	private static org.hl7.fhir.r4.model.Appointment panelMeeting() {
		org.hl7.fhir.r4.model.Appointment meeting = new org.hl7.fhir.r4.model.Appointment();
		meeting.getMeta().addProfile(uk.org.cdrfhir.fhir.CdrUrls.PANEL_MEETING_PROFILE);
		meeting.setStatus(org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED).setDescription("Child Death Overview Panel (browser test)");
		meeting.setStart(new java.util.Date(System.currentTimeMillis() + 86_400_000L));
		meeting.setEnd(new java.util.Date(System.currentTimeMillis() + 86_400_000L + 10_800_000L));
		meeting.addParticipant().setActor(new org.hl7.fhir.r4.model.Reference("PractitionerRole/cdr-manager"))
				.setStatus(org.hl7.fhir.r4.model.Appointment.ParticipationStatus.ACCEPTED);
		return meeting;
	}

	private int expectedFigures(DemoClient client) {
		// a designated doctor's columns are their areas; the CDR Manager's, every area and "no area yet",
		// and the manager's queues and clocks include triage and out-of-area transfers
		if (client == DemoClient.CDR_MANAGER) {
			return 3 + CaseQueries.TASK_TYPES.size() * 2 + CaseQueries.STAGES.size() * (3 + 1);
		}
		int columns = client == DemoClient.DOCTOR_LUTON ? 1 : 2;
		return 1 + (CaseQueries.TASK_TYPES.size() - 2) * 2 + CaseQueries.STAGES.size() * columns;
	}

	private int fhirCount(DemoClient client, String query) {
		return as(client).search().byUrl(query).summaryMode(SummaryEnum.COUNT).returnBundle(Bundle.class).execute().getTotal();
	}

	private void signIn(String username) throws IOException {
		browser.manage().deleteAllCookies();
		browser.get(site() + "/");
		wait(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		checkPage("sign-in");
		browser.findElement(By.cssSelector("button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nhsuk-header__account")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector(".nhsuk-header__account-button")).click();
		// the sign-out POST must land before the cookies go (its CSRF token is the session's), or it is refused
		wait(driver -> {
			try {
				return driver.findElements(By.cssSelector(".nhsuk-header__account")).isEmpty();
			} catch (WebDriverException pageChanging) {
				return false; // the page went while it was read (Chromium: "Node ... does not belong to the document")
			}
		});
		browser.manage().deleteAllCookies();
	}

	/** axe-core on the page at desktop and mobile width (no serious or critical violation), and a screenshot of each. */
	private void checkPage(String name) throws IOException {
		for (Dimension size : List.of(DESKTOP, MOBILE)) {
			browser.manage().window().setSize(size);
			String width = size == DESKTOP ? "desktop" : "mobile";
			Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
			assertThat(seriousViolations()).as("axe-core on " + name + " (" + width + "): " + browser.getCurrentUrl()).isEmpty();
		}
		browser.manage().window().setSize(DESKTOP);
	}

	private List<String> seriousViolations() throws IOException {
		JavascriptExecutor page = browser;
		page.executeScript(axe);
		Object result = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
				+ ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e)}])));");
		List<String> serious = new ArrayList<>();
		for (JsonNode violation : json.readTree(String.valueOf(result))) {
			String impact = violation.path("impact").asText();
			if (impact.equals("serious") || impact.equals("critical")) {
				serious.add(violation.path("id").asText() + " (" + impact + "): " + violation.path("help").asText() + " "
						+ violation.path("nodes").findValuesAsText("html"));
			}
		}
		return serious;
	}

	/** Waits for the page (a loaded 2-core machine can be slow); when it never comes, says which page came instead. */
	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		try {
			new WebDriverWait(browser, Duration.ofSeconds(90)).until(condition);
		} catch (org.openqa.selenium.TimeoutException timedOut) {
			throw new AssertionError("Waited for " + condition + " on " + browser.getCurrentUrl() + ":\n"
					+ browser.findElement(By.tagName("body")).getText(), timedOut);
		}
	}

	/** Loopback by IP: the embedded identity provider accepts the web UI's redirect there on any port. */
	private String site() {
		return "http://127.0.0.1:" + port;
	}

}
