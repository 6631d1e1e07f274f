package uk.org.cdrfhir.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.org.cdrfhir.annualreport.AnnualReport;
import uk.org.cdrfhir.annualreport.AnnualReports;
import uk.org.cdrfhir.annualreport.FinancialYear;
import uk.org.cdrfhir.print.PrintedDocuments;

/**
 * The statutory annual report of a financial year: {@code /reports/annual/2025-26} as a page,
 * {@code /reports/annual/2025-26.pdf} printed from the same content template. Read through the FHIR
 * API as the person, so the API decides who may see it (the CDR Manager and the ICS analyst) and
 * audits it; a role it refuses gets the "not permitted" page.
 */
@Controller
public class AnnualReportController {

	private final PersonFhirClient fhir;
	private final AnnualReports reports;
	private final PrintedDocuments printed;
	private final WebProperties properties;
	private final SignedInPersonAdvice person;

	public AnnualReportController(PersonFhirClient fhir, AnnualReports reports, PrintedDocuments printed,
			WebProperties properties, SignedInPersonAdvice person) {
		this.fhir = fhir;
		this.reports = reports;
		this.printed = printed;
		this.properties = properties;
		this.person = person;
	}

	/** The last whole financial year's report. */
	@GetMapping("/reports/annual")
	public String latest() {
		return "redirect:/reports/annual/" + FinancialYear.lastBefore(today()).label();
	}

	@GetMapping("/reports/annual/{year}")
	public String page(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized, @PathVariable String year,
			Model model) {
		model.addAttribute("navSection", "annual-report");
		model.addAttribute("report", report(authorized, year));
		return "web/annual-report";
	}

	@GetMapping("/reports/annual/{year}.pdf")
	public ResponseEntity<byte[]> pdf(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@PathVariable String year) {
		AnnualReport report = report(authorized, year);
		byte[] pdf = printed.pdf("annualreport/print", Map.of("report", report));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
						.filename("cdr-annual-report-" + report.year().label() + ".pdf").build().toString())
				.body(pdf);
	}

	@ExceptionHandler(FinancialYear.NotAReportYear.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public String noSuchYear(FinancialYear.NotAReportYear refused, @AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("person", person.person(user));
		model.addAttribute("reason", refused.getMessage());
		return "web/not-found";
	}

	private AnnualReport report(OAuth2AuthorizedClient authorized, String year) {
		FinancialYear financialYear = FinancialYear.of(year, today());
		return reports.read(fhir.as(authorized), financialYear, today(), properties.zone());
	}

	private LocalDate today() {
		return LocalDate.now(properties.zone());
	}
}
