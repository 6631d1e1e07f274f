package uk.org.cdrfhir.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.conformance.ProfileEnforcingInterceptor;
import uk.org.cdrfhir.support.DemoClient;
import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A request holding more than a notification ever needs is refused before it is parsed or validated
 * (it used to be validated for minutes, holding a write turn), whichever way it is sent.
 */
class InputLimitsTest extends FhirServerTestBase {

	private static final String FHIR_JSON = "application/fhir+json";

	@Autowired
	private CdrPackage cdrPackage;

	@Autowired
	private InputLimits limits;

	@Test
	void aNotificationOfTenThousandEntriesIsRefusedWith413NamingTheLimitAndNothingIsStored() throws Exception {
		Bundle notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle();
		// copies of a small entry (the expectedness observation), so that the body stays under the body limit and
		// the entries are what is refused
		Bundle.BundleEntryComponent small = notification.getEntry().get(2);
		while (notification.getEntry().size() < 10_000) {
			notification.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.randomUUID()).setResource(small.getResource().copy());
		}
		int bundles = count("Bundle");
		int patients = count("Patient");

		HttpResponse<String> response = post(DemoClient.NOTIFIER, "/Bundle", FHIR_JSON, json(notification));

		assertRefused(response, "Bundle.entry", "max-entries");
		assertThat(count("Bundle")).isEqualTo(bundles);
		assertThat(count("Patient")).isEqualTo(patients);
	}

	@Test
	void transactionsBatchesAndMessagesHaveTheSameBound() throws Exception {
		for (Bundle.BundleType type : new Bundle.BundleType[] { Bundle.BundleType.TRANSACTION, Bundle.BundleType.BATCH }) {
			Bundle bundle = InputShapeTest.bundleOf(type, limits.maxEntries() + 1);

			assertRefused(post("/", FHIR_JSON, json(bundle)), "Bundle.entry", "max-entries");
		}
		Bundle message = new Bundle().setType(Bundle.BundleType.MESSAGE);
		message.addEntry().setFullUrl("urn:uuid:header").setResource(new org.hl7.fhir.r4.model.MessageHeader());
		message.addEntry().setFullUrl("urn:uuid:document").setResource(InputShapeTest.bundleOf(Bundle.BundleType.DOCUMENT,
				limits.maxEntries() + 1));

		assertRefused(post(DemoClient.NOTIFIER, "/$process-message", FHIR_JSON, json(message)),
				"Bundle.entry[1].resource.ofType(Bundle).entry", "max-entries");
	}

	@Test
	void extensionsNestedTwoHundredDeepAreRefused() throws Exception {
		Bundle notification = TestNotifications.newChild(cdrPackage).livingAt("LU3 2SR").bundle();
		Patient child = (Patient) notification.getEntry().get(1).getResource();
		int index = child.getExtension().size();
		Extension extension = child.addExtension().setUrl("https://example.org/x");
		for (int depth = 0; depth < 200; depth++) {
			extension = extension.addExtension().setUrl("https://example.org/x");
		}
		extension.setValue(new StringType("deep"));

		HttpResponse<String> response = post(DemoClient.NOTIFIER, "/Bundle", FHIR_JSON, json(notification));

		assertRefused(response, "Bundle.entry[1].resource.ofType(Patient).extension[" + index + "].extension[0]", "max-depth");
	}

	@Test
	void theBoundOnEntriesIsTheNotificationProfilesMaximum() {
		ElementDefinition entry = cdrPackage.structureDefinition(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE)
				.orElseThrow().getSnapshot().getElement().stream()
				.filter(element -> element.getId().equals("Bundle.entry")).findFirst().orElseThrow();

		assertThat(entry.getMax()).isEqualTo(String.valueOf(limits.maxEntries()));
	}

	private void assertRefused(HttpResponse<String> response, String where, String limit) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssue()).singleElement().satisfies(issue -> {
			assertThat(issue.getCode()).isEqualTo(IssueType.TOOCOSTLY);
			assertThat(issue.getDiagnostics()).contains("cdr.input-limits." + limit);
			assertThat(issue.getExpression()).first().asString().startsWith(where);
		});
	}

	private byte[] json(Bundle bundle) {
		return fhirContext.newJsonParser().encodeResourceToString(bundle).getBytes(StandardCharsets.UTF_8);
	}
}
