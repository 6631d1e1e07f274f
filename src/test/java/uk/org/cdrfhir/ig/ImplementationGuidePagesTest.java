package uk.org.cdrfhir.ig;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.FhirServerTestBase;

/** The implementation guide's pages at /ig, over real HTTP. */
class ImplementationGuidePagesTest extends FhirServerTestBase {

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private ElementTable elementTable;

	@Test
	void homePageRendersTheIndexWithThePackage() throws Exception {
		HttpResponse<String> response = get("/ig");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body())
				.contains("<h1>cdr-fhir: Child Death Review FHIR R4 Implementation Guide</h1>")
				.contains(cdrPackage.name(), cdrPackage.version(), CdrPackage.CANONICAL_BASE)
				// links between the Markdown files point at the pages served here
				.contains("href=\"/ig/pages/notification\"")
				.contains("<table>");
	}

	@Test
	void everyNarrativePageIsServed() throws Exception {
		for (String name : cdrPackage.pages().keySet()) {
			HttpResponse<String> response = get(name.equals("index") ? "/ig" : "/ig/pages/" + name);
			assertThat(response.statusCode()).as(name).isEqualTo(200);
		}
	}

	@Test
	void everyProfileAndExtensionPageShowsItsCanonicalUrlAndInvariants() throws Exception {
		for (StructureDefinition definition : cdrPackage.conformanceResources(StructureDefinition.class)) {
			String id = definition.getIdElement().getIdPart();
			HttpResponse<String> response = get("/ig/profiles/" + id);

			assertThat(response.statusCode()).as(id).isEqualTo(200);
			assertThat(response.body()).as(id)
					.contains(definition.getUrl())
					.contains("href=\"/fhir/StructureDefinition/" + id + "\"");
			for (Invariant invariant : elementTable.invariants(definition)) {
				assertThat(response.body()).as(id).contains(invariant.key(), HtmlUtils.htmlEscape(invariant.expression()));
			}
		}
	}

	@Test
	void childProfileListsItsConstrainedElementsAndExamples() throws Exception {
		String body = get("/ig/profiles/cdr-child").body();

		assertThat(body).contains("Patient.identifier:nhsNumber", "fixed: https://fhir.nhs.uk/Id/nhs-number",
				"Patient.deceased[x]", "cdr-death-after-birth")
				.doesNotContain("<code>Patient.telecom</code>")
				// a Patient of its own and Patients inside the notification Bundles
				.contains("href=\"/ig/examples/Patient-child-isla-marsh.json\"")
				.contains("href=\"/ig/examples/Bundle-notification-expected-neonatal.json\"");
		assertThat(get("/ig/profiles/cdr-child?all=true").body()).contains("<code>Patient.telecom</code>");
	}

	@Test
	void profilesTerminologyAndExamplesAreListed() throws Exception {
		assertThat(get("/ig/profiles").body()).contains("href=\"/ig/profiles/cdr-child\"", "id=\"extensions\"",
				"href=\"/ig/profiles/Extension-UKCore-NHSNumberUnavailableReason\"");
		assertThat(get("/ig/terminology").body()).contains("href=\"/ig/terminology/cdr-review-stage\"");
		HttpResponse<String> reviewStages = get("/ig/terminology/cdr-review-stage");
		assertThat(reviewStages.statusCode()).isEqualTo(200);
		assertThat(reviewStages.body()).contains("href=\"/fhir/ValueSet/cdr-review-stage\"",
				"href=\"/fhir/CodeSystem/cdr-review-stage\"");
		assertThat(get("/ig/examples").body()).contains("death-before-birth", "cdr-death-after-birth",
				"href=\"/ig/examples/Bundle-notification-expected-neonatal.json\"");
	}

	@Test
	void examplePageShowsTheJsonEscaped() throws Exception {
		HttpResponse<String> response = get("/ig/examples/Composition-panel-summary-case-cdr-2026-0007.json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
				.contains("&quot;resourceType&quot;: &quot;Composition&quot;")
				.contains("&lt;div xmlns=")
				.doesNotContain("<div xmlns");
	}

	@Test
	void unknownEntriesAreNotFound() throws Exception {
		for (String path : new String[] { "/ig/profiles/no-such-profile", "/ig/pages/no-such-page",
				"/ig/terminology/no-such-code-system", "/ig/examples/no-such-example.json" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).contains("Page not found");
		}
	}

	@Test
	void pathTraversalIsRefused() throws Exception {
		for (String path : new String[] { "/ig/pages/..%2F..%2Fapplication", "/ig/pages/..%2F..%2Fapplication.yaml",
				"/ig/examples/..%2F..%2Fapplication.yaml" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
			assertThat(response.body()).as(path).doesNotContain("datasource");
		}
	}
}
