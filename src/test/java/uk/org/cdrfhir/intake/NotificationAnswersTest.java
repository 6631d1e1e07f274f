package uk.org.cdrfhir.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.OutcomeExpressions;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * What an EPR is told about its notification: on success, the warnings the guide promises beside
 * the case; on refusal, the error first, where it is, and no advice that does not apply.
 */
class NotificationAnswersTest extends FhirServerTestBase {

	private static final String FHIR_JSON = "application/fhir+json";

	@Autowired
	private CdrPackage cdrPackage;

	@Test
	void aNotificationWithoutAHomePostcodeIsReceivedAndTheSenderIsWarned() throws Exception {
		Bundle notification = TestNotifications.newChild(cdrPackage).withoutPostcode().bundle();

		HttpResponse<String> response = postAsNotifier(notification);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		OperationOutcome answer = (OperationOutcome) parse(response.body());
		assertThat(answer.getIssueFirstRep().getDiagnostics()).contains("case CDR-");
		assertThat(answer.getIssue()).filteredOn(issue -> issue.getSeverity() == IssueSeverity.WARNING).singleElement()
				.satisfies(warning -> {
					assertThat(warning.getDiagnostics()).contains("triage").contains("cdr-home-address-postcode");
					assertThat(warning.getExpression()).extracting(StringType::getValue)
							.containsExactly("Bundle.entry[1].resource.ofType(Patient)");
				});
	}

	@Test
	void aNotificationWithAnUnknownExtensionIsReceivedAndTheSenderIsWarned() throws Exception {
		Bundle notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle();
		child(notification).getMeta().addExtension("https://epr.example.org/unknown", new StringType("x"));

		HttpResponse<String> response = postAsNotifier(notification);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(((OperationOutcome) parse(response.body())).getIssue())
				.filteredOn(issue -> issue.getSeverity() == IssueSeverity.WARNING).singleElement()
				.satisfies(warning -> assertThat(warning.getDiagnostics()).contains("https://epr.example.org/unknown"));
	}

	@Test
	void aMessageWithoutAHomePostcodeIsAcknowledgedOkWithTheWarning() {
		Bundle message = TestNotifications.newChild(cdrPackage).withoutPostcode().inMessage(cdrPackage);

		Bundle ack = client.operation().onServer().named("$process-message")
				.withParameter(Parameters.class, "content", message).returnResourceType(Bundle.class).execute();

		MessageHeader header = (MessageHeader) ack.getEntryFirstRep().getResource();
		assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
		OperationOutcome details = (OperationOutcome) ack.getEntry().get(1).getResource();
		assertThat(details.getIssue()).filteredOn(issue -> issue.getSeverity() == IssueSeverity.WARNING).singleElement()
				.satisfies(warning -> {
					assertThat(warning.getDiagnostics()).contains("cdr-home-address-postcode");
					assertThat(warning.getExpression()).extracting(StringType::getValue)
							.containsExactly("Bundle.entry[1].resource.ofType(Bundle).entry[1].resource.ofType(Patient)");
				});
	}

	@Test
	void aWrongNhsNumberIsTheFirstAndOnlyIssueAndPointsAtTheNhsNumber() throws Exception {
		Bundle notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle();
		child(notification).getIdentifierFirstRep().setValue("9997030029"); // a wrong check digit

		HttpResponse<String> response = postAsNotifier(notification);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssue()).extracting(OperationOutcomeIssueComponent::getSeverity).containsExactly(IssueSeverity.ERROR);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).startsWith("The NHS number is not 10 digits with a valid")
				.endsWith("(cdr-nhs-number-check-digit)");
		assertThat(outcome.getIssueFirstRep().getExpression()).extracting(StringType::getValue)
				.containsExactly("Bundle.entry[1].resource.ofType(Patient).identifier[0]");
		OutcomeExpressions.assertEveryExpressionFindsAnElement(outcome, notification);
	}

	@Test
	void aChildAged18AtDeathIsToldSo() throws Exception {
		Bundle notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle();
		child(notification).setBirthDateElement(new DateType("2000-01-01"));

		HttpResponse<String> response = postAsNotifier(notification);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).isEqualTo(
				"The child was 18 or older at death; child death review covers children under 18. (cdr-under-18-at-death)");
		OutcomeExpressions.assertEveryExpressionFindsAnElement(outcome, notification);
	}

	private static Patient child(Bundle notification) {
		return (Patient) notification.getEntry().get(1).getResource();
	}

	private HttpResponse<String> postAsNotifier(Bundle notification) throws Exception {
		return post(DemoClient.NOTIFIER, "/Bundle", FHIR_JSON,
				fhirContext.newJsonParser().encodeResourceToString(notification).getBytes(StandardCharsets.UTF_8));
	}
}
