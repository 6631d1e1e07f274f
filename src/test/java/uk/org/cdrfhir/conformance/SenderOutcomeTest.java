package uk.org.cdrfhir.conformance;

import uk.org.cdrfhir.fhir.CdrUrls;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import uk.org.cdrfhir.support.OutcomeExpressions;

/**
 * What a sender is told when its resource breaks a rule (the server's 422 and the acknowledgement of
 * a message): where, as FHIRPath into what it sent; what is wrong, first; no noise.
 */
class SenderOutcomeTest {

	private static final String NOTIFICATION = "Bundle-notification-expected-neonatal.json";

	private static FhirContext fhirContext;
	private static CdrPackage cdrPackage;
	private static ProfileValidator validator;
	private static SenderOutcome senderOutcome;

	@BeforeAll
	static void buildValidator() {
		fhirContext = FhirContext.forR4Cached();
		cdrPackage = CdrPackage.load(fhirContext);
		validator = new ProfileValidator(fhirContext, cdrPackage);
		senderOutcome = new SenderOutcome(fhirContext, cdrPackage);
	}

	@TestFactory
	Stream<DynamicTest> everyIssueOfEveryInvalidExamplePointsAtAnElementOfTheResourceSent() throws IOException {
		return InvalidExamples.manifest().stream().map(entry -> DynamicTest.dynamicTest(entry.path("name").asText(), () -> {
			IBaseResource invalid = InvalidExamples.resource(entry, fhirContext, cdrPackage);
			OperationOutcome outcome = outcomeAsTheServerGivesIt(entry, invalid);

			assertThat(outcome.getIssue()).isNotEmpty();
			OutcomeExpressions.assertEveryExpressionFindsAnElement(outcome, invalid);
			assertThat(outcome.getIssue()).as(entry.path("breaks").asText()).anySatisfy(issue -> {
				assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.ERROR);
				assertThat(issue.getDiagnostics()).contains(InvalidExamples.expectedMessage(entry));
				assertThat(issue.getExpression()).first().asString().startsWith(InvalidExamples.expectedLocation(entry));
			});
		}));
	}

	@Test
	void aWrongNhsNumberCheckDigitPointsAtTheNhsNumber() {
		Bundle notification = exampleNotification();
		child(notification).getIdentifierFirstRep().setValue("9997030029");

		OperationOutcome outcome = outcomeOf(notification);

		assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(IssueSeverity.ERROR);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("cdr-nhs-number-check-digit");
		assertThat(outcome.getIssueFirstRep().getExpression()).extracting(Object::toString)
				.containsExactly("Bundle.entry[1].resource.ofType(Patient).identifier[0]");
		OutcomeExpressions.assertEveryExpressionFindsAnElement(outcome, notification);
	}

	@Test
	void theOneErrorComesFirstAndBestPracticeAdviceIsNotReturned() {
		Bundle notification = exampleNotification();
		child(notification).setBirthDateElement(new DateType("1990-01-01"));

		OperationOutcome outcome = outcomeOf(notification);

		assertThat(outcome.getIssue()).hasSize(1);
		assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(IssueSeverity.ERROR);
		assertThat(outcome.getIssue()).extracting(OperationOutcomeIssueComponent::getDiagnostics)
				.noneMatch(diagnostics -> diagnostics.contains("dom-6") || diagnostics.contains("performer"));
	}

	@Test
	void errorsComeBeforeWarnings() {
		Bundle notification = exampleNotification();
		child(notification).getAddressFirstRep().setPostalCode(null); // a warning, on the child
		child(notification).getIdentifierFirstRep().setValue("9997030029"); // an error, after it in the document

		OperationOutcome outcome = outcomeOf(notification);

		assertThat(outcome.getIssue()).extracting(OperationOutcomeIssueComponent::getSeverity)
				.containsExactly(IssueSeverity.ERROR, IssueSeverity.WARNING);
	}

	@Test
	void aFailedInvariantSaysWhatIsWrongNotTheRule() {
		Bundle notification = exampleNotification();
		child(notification).setBirthDateElement(new DateType("1990-01-01"));

		OperationOutcome outcome = outcomeOf(notification);

		assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo(
				"The child was 18 or older at death; child death review covers children under 18. (cdr-under-18-at-death)");
	}

	@Test
	void everyInvariantOfTheProfilesHasAMessageSayingWhatIsWrong() {
		int invariants = 0;
		for (StructureDefinition definition : cdrPackage.conformanceResources(StructureDefinition.class)) {
			for (ElementDefinition element : definition.getSnapshot().getElement()) {
				for (var constraint : element.getConstraint()) {
					if (constraint.getKey().startsWith("cdr-")) {
						invariants++;
						Extension failure = constraint.getExtensionByUrl(CdrUrls.FAILURE_MESSAGE);
						assertThat(failure).as(definition.getUrl() + " " + constraint.getKey()).isNotNull();
						assertThat(failure.getValue().primitiveValue()).isNotBlank().doesNotContain(constraint.getKey());
					}
				}
			}
		}
		assertThat(invariants).isGreaterThanOrEqualTo(18);
	}

	@Test
	void anUnknownExtensionIsAWarningOnceAtItsOutermostElement() {
		Bundle notification = exampleNotification();
		Extension unknown = child(notification).addExtension().setUrl("https://example.org/unknown");
		unknown.addExtension().setUrl("https://example.org/unknown/inner").setValue(new StringType("x"));

		OperationOutcome outcome = outcomeOf(notification);

		assertThat(outcome.getIssue()).singleElement().satisfies(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(IssueSeverity.WARNING);
			assertThat(issue.getDiagnostics()).contains("https://example.org/unknown");
			assertThat(issue.getExpression()).extracting(Object::toString)
					.containsExactly("Bundle.entry[1].resource.ofType(Patient).extension[1]");
		});
		OutcomeExpressions.assertEveryExpressionFindsAnElement(outcome, notification);
	}

	private static OperationOutcome outcomeAsTheServerGivesIt(JsonNode entry, IBaseResource invalid) throws IOException {
		String json = InvalidExamples.json(entry, fhirContext, cdrPackage);
		List<String> required = invalid instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.DOCUMENT
				? List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE)
				: List.of();
		return senderOutcome.outcome(validator.validationAsSent(invalid, json, required).get(), invalid);
	}

	private static OperationOutcome outcomeOf(Bundle notification) {
		String json = fhirContext.newJsonParser().encodeResourceToString(notification);
		return senderOutcome.outcome(validator.validationAsSent(notification, json,
				List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE)).get(), notification);
	}

	private static Bundle exampleNotification() {
		return ((Bundle) cdrPackage.examples().get(NOTIFICATION)).copy();
	}

	private static Patient child(Bundle notification) {
		return (Patient) notification.getEntry().get(1).getResource();
	}
}
