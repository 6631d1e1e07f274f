package uk.org.cdrfhir.web;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.routing.FootprintProperties;

/**
 * The cases, as the person may see them: filtered by stage, area, expectedness (an unexpected
 * death is one with a Joint Agency Response), the child's age band at death and the case's clocks
 * (one due today, or overdue), sorted and paged by the FHIR API, with the child's
 * name and age band where the API shows the person the child.
 */
@Controller
public class CasesController {

	/** How the list may be sorted: the FHIR {@code _sort} of each choice. */
	static final Map<String, String> SORTS = Map.of("newest", "-date", "oldest", "date", "stage", "stage");

	private final PersonFhirClient fhir;
	private final FootprintProperties footprint;
	private final WebProperties properties;

	public CasesController(PersonFhirClient fhir, FootprintProperties footprint, WebProperties properties) {
		this.fhir = fhir;
		this.footprint = footprint;
		this.properties = properties;
	}

	/** A case as one row of the list. */
	public record CaseRow(String id, String caseNumber, String stage, String area, String routing, String started,
			String child, String ageBand) {
	}

	@GetMapping("/cases")
	public String cases(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@RequestParam(required = false) String stage, @RequestParam(required = false) String area,
			@RequestParam(required = false) String expectedness, @RequestParam(required = false) String ageBand,
			@RequestParam(required = false) String due, @RequestParam(defaultValue = "newest") String sort,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("navSection", "cases");
		model.addAttribute("stages", CaseQueries.STAGES);
		model.addAttribute("areas", footprint.getAreas());
		model.addAttribute("ageBands", CaseQueries.AGE_BANDS);
		model.addAttribute("filter", Map.of("stage", blankIfNull(stage), "area", blankIfNull(area),
				"expectedness", blankIfNull(expectedness), "ageBand", blankIfNull(ageBand), "due", blankIfNull(due),
				"sort", SORTS.containsKey(sort) ? sort : "newest"));
		int size = properties.pageSize();
		String query = CaseQueries.cases(new CaseQueries.CaseFilter(stage, area, expectedness, ageBand, due),
				CaseQueries.Clock.at(Instant.now(), properties.zone()));
		query = CaseQueries.and(query, "_sort=" + SORTS.getOrDefault(sort, "-date") + "&_include=EpisodeOfCare:patient"
				+ Paging.parameters(Math.max(page, 0), size));
		model.addAttribute("query", query);
		try {
			Bundle result = fhir.as(authorized).search().byUrl(query).returnBundle(Bundle.class).execute();
			Map<String, Patient> children = result.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
					.filter(Patient.class::isInstance).map(Patient.class::cast)
					.collect(Collectors.toMap(child -> "Patient/" + child.getIdPart(), Function.identity(), (a, b) -> a));
			List<CaseRow> rows = result.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
					.filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast)
					.map(episode -> row(episode, children.get(episode.getPatient().getReference()))).toList();
			model.addAttribute("rows", rows);
			model.addAttribute("paging", new Paging(Math.max(page, 0), size, result.getTotal()));
		} catch (BaseServerResponseException refused) {
			model.addAttribute("problem", ApiProblem.of(refused));
		}
		return "web/cases";
	}

	private CaseRow row(EpisodeOfCare episode, Patient child) {
		String areaCode = Readable.coded(episode, CdrUrls.RESPONSIBLE_AREA).map(coding -> coding.getCode()).orElse(null);
		String areaName = areaCode == null ? "No area yet"
				: footprint.area(areaCode).map(FootprintProperties.Area::getName).orElse(areaCode);
		Date started = episode.getPeriod().getStart();
		return new CaseRow(episode.getIdPart(), Readable.caseNumber(episode),
				Readable.coded(episode, CdrUrls.REVIEW_STAGE).map(Readable::coding).orElse(""), areaName,
				Readable.coded(episode, CdrUrls.ROUTING_OUTCOME).map(Readable::coding).orElse(""),
				Readable.dateTime(started, properties.zone()),
				child == null ? "Not shown to your role" : Readable.name(child.getName()),
				child == null ? "" : Readable.ageBand(child));
	}

	private static String blankIfNull(String value) {
		return value == null ? "" : value;
	}
}
