package uk.org.cdrfhir.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.conformance.ProfileValidator;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/** A notification wrapped in a message gets an acknowledgement message back. */
class NotificationMessageTest extends FhirServerTestBase {


	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private ProfileValidator validator;

	@Test
	void validMessageIsAcknowledgedOkWithItsCase() {
		Bundle message = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").inMessage(cdrPackage);

		Bundle ack = process(message);

		MessageHeader header = (MessageHeader) ack.getEntryFirstRep().getResource();
		assertThat(header.getResponse().getIdentifier()).isEqualTo(message.getEntryFirstRep().getResource().getIdPart());
		assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.OK);
		assertThat(details(ack).getIssueFirstRep().getDiagnostics()).contains("case CDR-").contains("designated-doctor-luton");
		assertThat(validator.validate(ack).getMessages())
				.noneMatch(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
	}

	@Test
	void messageWhoseNotificationBreaksARuleIsAcknowledgedWithFatalErrorAndNothingIsStored() {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR");
		notification.child().getIdentifierFirstRep().setValue("9990000010");
		int bundles = count("Bundle");

		Bundle ack = process(notification.inMessage(cdrPackage));

		MessageHeader header = (MessageHeader) ack.getEntryFirstRep().getResource();
		assertThat(header.getResponse().getCode()).isEqualTo(MessageHeader.ResponseType.FATALERROR);
		assertThat(details(ack).getIssue()).anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains("cdr-nhs-number-check-digit"));
		assertThat(count("Bundle")).isEqualTo(bundles);
	}

	private Bundle process(Bundle message) {
		return client.operation().onServer().named("$process-message")
				.withParameter(org.hl7.fhir.r4.model.Parameters.class, "content", message)
				.returnResourceType(Bundle.class).execute();
	}

	private static OperationOutcome details(Bundle ack) {
		String detailsUrl = ((MessageHeader) ack.getEntryFirstRep().getResource()).getResponse().getDetails().getReference();
		return ack.getEntry().stream().filter(e -> detailsUrl.equals(e.getFullUrl()))
				.map(e -> (OperationOutcome) e.getResource()).findFirst().orElseThrow();
	}
}
