package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;

class ProfileEnforcingInterceptorTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static final CdrPackage PACKAGE = CdrPackage.load(FHIR);
	private final ProfileEnforcingInterceptor interceptor =
			new ProfileEnforcingInterceptor(new ProfileValidator(FHIR, PACKAGE), new SenderOutcome(FHIR, PACKAGE), FHIR);

	@Test
	void aNotificationDocumentIsValidatedWhenStoredButNotAgainAfterItsMessageWasValidated() {
		Bundle stored = brokenNotification();
		assertThatThrownBy(() -> interceptor.beforeCreate(stored, new SystemRequestDetails()))
				.isInstanceOf(UnprocessableEntityException.class);

		// the message's validation checked the document against the same profile (ProfileExamplesTest
		// shows every invalid notification fails there too); storing it then costs no second validation
		Bundle fromMessage = brokenNotification();
		ProfileEnforcingInterceptor.validatedByCaller(fromMessage);
		assertThatCode(() -> interceptor.beforeCreate(fromMessage, new SystemRequestDetails())).doesNotThrowAnyException();
	}

	private static Bundle brokenNotification() {
		Bundle notification = ((Bundle) PACKAGE.examples().get("Bundle-notification-expected-neonatal.json")).copy();
		notification.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow()
				.getIdentifierFirstRep().setValue("9990000010");
		return notification;
	}
}
