package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

/**
 * What validations share (the definitions remembered, {@link ChildCardinalities},
 * {@link EntrySliceTypes}) must not keep the documents validated: a reused upstream validator once
 * held every one of them, which under load filled the old generation with documents already answered.
 */
class ValidatorMemoryTest {

	private static final FhirContext FHIR_CONTEXT = FhirContext.forR4Cached();
	private static final String NOTIFICATION = "Bundle-notification-unexpected-home.json";

	static Stream<Arguments> documents() {
		Bundle notification = (Bundle) CdrPackage.load(FHIR_CONTEXT).examples().get(NOTIFICATION);
		Bundle withAnchor = notification.copy();
		Composition composition = (Composition) withAnchor.getEntryFirstRep().getResource();
		composition.getText().setStatus(NarrativeStatus.GENERATED)
				.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><a href=\"#death\">Death</a></div>");
		return Stream.of(
				Arguments.of("the example notification (its codes are checked)", notification),
				Arguments.of("a notification whose narrative links to an anchor", withAnchor));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void whatValidationsShareLetsGoOfADocumentOnceItIsValidated(String description, Bundle document) throws IOException {
		String json = FHIR_CONTEXT.newJsonParser().encodeResourceToString(document);
		WorkerContextValidationSupportAdapter context = new RememberingWorkerContext(new DefaultProfileValidationSupport(FHIR_CONTEXT));
		ChildCardinalities cardinalities = new ChildCardinalities(new ProfileUtilities(context, null, null));
		EntrySliceTypes entrySliceTypes = new EntrySliceTypes();
		JsonParser parser = new JsonParser(context);

		WeakReference<Element> first = new WeakReference<>(validated(context, cardinalities, entrySliceTypes, parser, json));
		validated(context, cardinalities, entrySliceTypes, parser, json);

		for (int attempt = 0; attempt < 5 && first.get() != null; attempt++) {
			System.gc();
		}
		assertThat(first.get()).as("the first document, after the validator has validated another").isNull();
	}

	/** Validates the JSON against the base definitions, with a validator of its own, and returns its element tree. */
	private static Element validated(WorkerContextValidationSupportAdapter context, ChildCardinalities cardinalities,
			EntrySliceTypes entrySliceTypes, JsonParser parser, String json) throws IOException {
		Element document = parser.parseSingle(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
		new DocumentInstanceValidator(context, new FhirInstanceValidator.NullEvaluationContext(), new XVerExtensionManagerOld(context),
				new ValidatorSession(), new ValidatorSettings(), cardinalities, entrySliceTypes)
				.validate(null, new ArrayList<ValidationMessage>(), null, document, List.of());
		return document;
	}
}
