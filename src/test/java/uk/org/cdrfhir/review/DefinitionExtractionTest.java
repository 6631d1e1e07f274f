package uk.org.cdrfhir.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;

/** The Analysis Form's answers become the Observations its item links name, without a map per question. */
class DefinitionExtractionTest {

	private static CdrPackage cdrPackage;
	private static DefinitionExtraction extraction;

	@BeforeAll
	static void thePackage() {
		cdrPackage = CdrPackage.load(FhirContext.forR4Cached());
		extraction = new DefinitionExtraction(cdrPackage::structureDefinition);
	}

	@Test
	void theExampleAnalysisGivesItsCategoryConclusionAndOneObservationPerFactorLine() {
		QuestionnaireResponse analysis = (QuestionnaireResponse) cdrPackage.examples().get("QuestionnaireResponse-analysis-cdr-2026-0007.json");

		List<Observation> extracted = extraction.extract(form(CdrUrls.ANALYSIS_FORM), analysis);

		assertThat(extracted).extracting(observation -> observation.getMeta().getProfile().get(0).getValue())
				.containsExactlyInAnyOrder(profile("cdr-category-of-death"), profile("cdr-contributory-factor"),
						profile("cdr-contributory-factor"), profile("cdr-modifiable-factors"));
		assertThat(coded(extracted, "category-of-death").get(0).getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("8");
		List<Observation> factors = coded(extracted, "contributory-factor");
		assertThat(factors.get(0).getComponent().get(0).getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("child");
		assertThat(factors.get(0).getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("2");
		Observation service = factors.get(1);
		assertThat(service.getCode().getCodingFirstRep().getCode()).isEqualTo("contributory-factor");
		assertThat(service.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("1");
		assertThat(service.getNoteFirstRep().getText()).startsWith("Two-day delay");
		assertThat(service.getComponent()).extracting(component -> component.getCode().getCodingFirstRep().getCode())
				.containsExactly("factor-domain", "factor-modifiable");
		assertThat(service.getComponent().get(0).getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("service-provision");
		assertThat(service.getComponent().get(1).getValueBooleanType().getValue()).isFalse();
		assertThat(coded(extracted, "modifiable-factors").get(0).getValueCodeableConcept().getCodingFirstRep().getCode())
				.isEqualTo("not-identified");
	}

	private static List<Observation> coded(List<Observation> observations, String code) {
		return observations.stream().filter(observation -> observation.getCode().getCodingFirstRep().getCode().equals(code)).toList();
	}

	@Test
	void everyItemLinkOfThePackagesFormsCanBeFollowed() {
		List<Questionnaire> forms = cdrPackage.conformanceResources(Questionnaire.class);
		assertThat(forms).hasSizeGreaterThanOrEqualTo(7);
		forms.forEach(extraction::requireSupported);
	}

	@Test
	void aLinkToAnElementExtractionCannotFillIsAFaultOfThePackage() {
		Questionnaire form = form(CdrUrls.ANALYSIS_FORM).copy();
		form.getItem().get(0).setDefinition(profile("cdr-category-of-death") + "#Observation.method");
		assertThatThrownBy(() -> extraction.requireSupported(form)).hasMessageContaining("Observation.method");
	}

	private static Questionnaire form(String url) {
		return cdrPackage.conformanceResources(Questionnaire.class).stream().filter(form -> form.getUrl().equals(url))
				.findFirst().orElseThrow();
	}

	private static String profile(String id) {
		return CdrUrls.BASE + "/StructureDefinition/" + id;
	}
}
