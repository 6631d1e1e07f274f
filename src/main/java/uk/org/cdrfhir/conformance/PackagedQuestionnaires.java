package uk.org.cdrfhir.conformance;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;

/**
 * The package's forms (Questionnaires), for the validator: with them in the support chain, HAPI's
 * validator checks every QuestionnaireResponse that names one of them against the form itself
 * (its linkIds, required items once completed, answer types, the answers' value sets). HAPI's
 * PrePopulatedValidationSupport serves only StructureDefinitions, ValueSets, CodeSystems and
 * SearchParameters; this is the one more kind of definition the validator looks up.
 */
class PackagedQuestionnaires implements IValidationSupport {

	private final FhirContext fhirContext;
	private final Map<String, Questionnaire> byUrl;

	PackagedQuestionnaires(FhirContext fhirContext, CdrPackage cdrPackage) {
		this.fhirContext = fhirContext;
		this.byUrl = cdrPackage.conformanceResources(Questionnaire.class).stream()
				.collect(Collectors.toUnmodifiableMap(Questionnaire::getUrl, Function.identity()));
	}

	@Override
	public FhirContext getFhirContext() {
		return fhirContext;
	}

	@Override
	@SuppressWarnings("unchecked") // a Questionnaire was asked for, or any resource
	public <T extends IBaseResource> T fetchResource(Class<T> type, String uri) {
		if (uri == null || (type != null && !type.isAssignableFrom(Questionnaire.class))) {
			return null;
		}
		Questionnaire form = byUrl.get(uri.contains("|") ? uri.substring(0, uri.indexOf('|')) : uri);
		return form == null ? null : (type == null ? (T) form : type.cast(form));
	}

	@Override
	public String getName() {
		return "cdr-fhir forms";
	}
}
