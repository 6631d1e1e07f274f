package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * The contract's own examples, through the validator the server uses: every valid example has no
 * error; every invalid example fails with the error and at the location recorded beside it.
 */
class ProfileExamplesTest {

	private static final String EXAMPLE_MESSAGE = "Bundle-notification-message-unexpected-home.json";

	private static FhirContext fhirContext;
	private static CdrPackage cdrPackage;
	private static ProfileValidator validator;

	@BeforeAll
	static void buildValidator() {
		fhirContext = FhirContext.forR4Cached();
		cdrPackage = CdrPackage.load(fhirContext);
		validator = new ProfileValidator(fhirContext, cdrPackage);
	}

	@TestFactory
	Stream<DynamicTest> everyValidExampleHasNoError() {
		assertThat(cdrPackage.examples()).hasSizeGreaterThanOrEqualTo(20);
		return cdrPackage.examples().entrySet().stream().map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
			ValidationResult result = validator.validate(example.getValue(), requiredProfiles(example.getValue()));
			assertThat(errors(result)).as(example.getKey()).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyInvalidExampleFailsWithItsRecordedError() throws IOException {
		List<JsonNode> manifest = InvalidExamples.manifest();
		assertThat(manifest).hasSizeGreaterThanOrEqualTo(13);
		return manifest.stream().map(entry -> DynamicTest.dynamicTest(
				entry.path("name").asText(), () -> {
					IBaseResource invalid = InvalidExamples.resource(entry, fhirContext, cdrPackage);
					List<SingleValidationMessage> errors = errors(validator.validate(invalid, requiredProfiles(invalid)));
					assertThat(errors).as(entry.path("breaks").asText())
							.anySatisfy(error -> {
								assertThat(error.getMessage()).contains(InvalidExamples.expectedMessage(entry));
								assertThat(error.getLocationString()).startsWith(InvalidExamples.expectedLocation(entry));
							});
				}));
	}

	/**
	 * A notification sent in a message is checked once, as part of the message (the server does not
	 * validate the document again when it stores it): so every invalid notification must fail there
	 * too, with its recorded error, in the message's notification entry.
	 */
	@TestFactory
	Stream<DynamicTest> everyInvalidNotificationExampleSentInAMessageFailsWithItsRecordedError() throws IOException {
		return InvalidExamples.manifest().stream()
				.filter(InvalidExamples::isNotification)
				.map(entry -> DynamicTest.dynamicTest(entry.path("name").asText(), () -> {
					Bundle message = ((Bundle) cdrPackage.examples().get(EXAMPLE_MESSAGE)).copy();
					message.getEntry().get(1).setResource((Bundle) InvalidExamples.resource(entry, fhirContext, cdrPackage));
					List<SingleValidationMessage> errors = errors(validator.validate(message,
							List.of(CdrPackage.CANONICAL_BASE + "/StructureDefinition/cdr-notification-message")));
					assertThat(errors).as(entry.path("breaks").asText())
							.anySatisfy(error -> assertThat(error.getMessage()).contains(InvalidExamples.expectedMessage(entry)));
				}));
	}

	/** Same rule as the server: a document Bundle is always checked as a notification, answers as answers to their form. */
	private static List<String> requiredProfiles(IBaseResource resource) {
		return ProfileEnforcingInterceptor.requiredProfiles(resource);
	}

	private static List<SingleValidationMessage> errors(ValidationResult result) {
		return result.getMessages().stream()
				.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
				.toList();
	}
}
