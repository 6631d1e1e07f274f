package uk.org.cdrfhir.web;

import java.util.regex.Pattern;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

/**
 * Any FHIR search the person may run, typed as the part after the base ({@code Task?status=requested}),
 * run through the API as them (so their role decides what it answers), shown as a table and as
 * JSON, with the API's own paging links. Only searches of this server: no address of another.
 */
@Controller
public class FhirQueryController {

	/** A search of a resource type, or a page of an earlier search ({@code ?_getpages=...}). */
	private static final Pattern SEARCH = Pattern.compile("([A-Z][A-Za-z]{1,63}(\\?.*)?|\\?_getpages=.*)");

	private final PersonFhirClient fhir;
	private final FhirContext fhirContext;
	private final WebProperties properties;

	public FhirQueryController(PersonFhirClient fhir, FhirContext fhirContext, WebProperties properties) {
		this.fhir = fhir;
		this.fhirContext = fhirContext;
		this.properties = properties;
	}

	/** A record in the results: what it is, and where to see more of it. */
	public record ResultRow(String type, String id, String lastUpdated, String summary, String href) {
	}

	@GetMapping("/query")
	public String query(@RegisteredOAuth2AuthorizedClient("cdr") OAuth2AuthorizedClient authorized,
			@RequestParam(required = false) String q, Model model) {
		model.addAttribute("navSection", "query");
		model.addAttribute("q", q == null ? "" : q);
		if (q == null || q.isBlank()) {
			return "web/query";
		}
		String search = q.strip();
		if (!SEARCH.matcher(search).matches()) {
			model.addAttribute("invalid", "Type a search of a resource type, e.g. Task?status=requested (no server address).");
			return "web/query";
		}
		try {
			IGenericClient client = fhir.as(authorized);
			// a page of an earlier search is fetched at this server's own FHIR base, never elsewhere
			Bundle result = search.startsWith("?")
					? client.loadPage().byUrl(fhir.base() + "/" + search).andReturnBundle(Bundle.class).execute()
					: client.search().byUrl(search).returnBundle(Bundle.class).execute();
			model.addAttribute("total", result.hasTotal() ? result.getTotal() : null);
			model.addAttribute("rows", result.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
					.filter(resource -> resource != null).map(this::row).toList());
			model.addAttribute("json", fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToString(result));
			model.addAttribute("previous", relative(result.getLink(Bundle.LINK_PREV)));
			model.addAttribute("next", relative(result.getLink(Bundle.LINK_NEXT)));
		} catch (BaseServerResponseException refused) {
			model.addAttribute("problem", ApiProblem.of(refused));
		}
		return "web/query";
	}

	private ResultRow row(Resource resource) {
		String type = resource.fhirType();
		String id = resource.getIdElement().getIdPart();
		String href = "EpisodeOfCare".equals(type) ? "/cases/" + id : DashboardController.queryPage(type + "?_id=" + id);
		return new ResultRow(type, id, Readable.dateTime(resource.getMeta().getLastUpdated(), properties.zone()),
				Readable.summary(resource, properties.zone()), href);
	}

	/** A paging link of the API's, as a search this page runs again (the part after the FHIR base). */
	private static String relative(Bundle.BundleLinkComponent link) {
		if (link == null || !link.hasUrl()) {
			return null;
		}
		String url = link.getUrl();
		int base = url.indexOf("/fhir");
		String rest = base < 0 ? url : url.substring(base + "/fhir".length());
		return rest.startsWith("/") ? rest.substring(1) : rest;
	}

}
