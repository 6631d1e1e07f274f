package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
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
 * {@link EntrySliceTypes}, and validators reused through {@link ReusedValidators}) must not keep the
 * documents validated: a reused upstream validator once held every one of them, which under load
 * filled the old generation with documents already answered.
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

	/**
	 * Upstream's codings observer keeps a node of every code checked; once the validator has forgotten
	 * the document, that node no longer holds the tree: only the nodes of the codes and their
	 * ancestors stay, each without its children (measured: 47 of the example's 281 elements; all of
	 * them before the validator forgot it).
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void aReusedValidatorKeepsAlmostNothingOfADocumentItForgot(String description, Bundle document) throws IOException {
		Validation validation = new Validation(FHIR_CONTEXT.newJsonParser().encodeResourceToString(document));
		DocumentInstanceValidator validator = validation.newValidator();

		Element tree = validation.validatedBy(validator);
		List<WeakReference<Element>> first = weakly(tree);
		validator.forget(tree);
		tree = null;
		validator.forget(validation.validatedBy(validator));

		long kept = collectedExceptWhatIsKept(first);
		assertThat(kept).as("elements of the first document (of %d) still reachable", first.size()).isLessThan(first.size() / 4);
		assertThat(first).map(WeakReference::get).filteredOn(Objects::nonNull)
				.as("elements still reachable, each without its children").noneMatch(Element::hasChildren);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("documents")
	void aWornValidatorIsDroppedWithAllItKept(String description, Bundle document) throws IOException {
		Validation validation = new Validation(FHIR_CONTEXT.newJsonParser().encodeResourceToString(document));
		ReusedValidators validators = new ReusedValidators();
		DocumentInstanceValidator validator = validators.take(validation::newValidator);
		Element tree = validation.validatedBy(validator);
		List<WeakReference<Element>> first = weakly(tree);
		validators.giveBack(validator, tree);
		tree = null;

		for (int i = 1; i < ReusedValidators.DOCUMENTS_PER_VALIDATOR; i++) {
			assertThat(validators.take(validation::newValidator)).as("the same validator, document %d", i + 1).isSameAs(validator);
			validators.giveBack(validator, validation.validatedBy(validator));
		}
		assertThat(validators.take(validation::newValidator)).as("a new validator once the first is worn").isNotSameAs(validator);
		validator = null;

		assertThat(collectedExceptWhatIsKept(first)).as("elements of the first document still reachable").isZero();
	}

	private static List<WeakReference<Element>> weakly(Element document) {
		List<WeakReference<Element>> elements = new ArrayList<>();
		addWeakly(document, elements);
		return elements;
	}

	private static void addWeakly(Element element, List<WeakReference<Element>> elements) {
		elements.add(new WeakReference<>(element));
		if (element.hasChildren()) {
			element.getChildren().forEach(child -> addWeakly(child, elements));
		}
	}

	private static long collectedExceptWhatIsKept(List<WeakReference<Element>> elements) {
		for (int attempt = 0; attempt < 5 && elements.stream().anyMatch(element -> element.get() != null); attempt++) {
			System.gc();
		}
		return elements.stream().filter(element -> element.get() != null).count();
	}

	/** Validations of one document against the base definitions, as the server's validator runs them. */
	private static final class Validation {
		private final String json;
		private final WorkerContextValidationSupportAdapter context = new RememberingWorkerContext(
				new DefaultProfileValidationSupport(FHIR_CONTEXT));
		private final ChildCardinalities cardinalities = new ChildCardinalities(new ProfileUtilities(context, null, null));
		private final EntrySliceTypes entrySliceTypes = new EntrySliceTypes();

		Validation(String json) {
			this.json = json;
		}

		DocumentInstanceValidator newValidator() {
			return new DocumentInstanceValidator(context, new FhirInstanceValidator.NullEvaluationContext(),
					new XVerExtensionManagerOld(context), new ValidatorSession(), new ValidatorSettings(), cardinalities, entrySliceTypes);
		}

		/** Validates the document with {@code validator} and returns its element tree, not yet forgotten. */
		Element validatedBy(DocumentInstanceValidator validator) {
			return validator.validate(null, new ArrayList<ValidationMessage>(),
					new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FhirFormat.JSON, new ArrayList<>());
		}
	}
}
