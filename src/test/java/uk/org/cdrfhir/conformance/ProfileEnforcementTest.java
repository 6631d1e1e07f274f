package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import uk.org.cdrfhir.support.FhirServerTestBase;
import uk.org.cdrfhir.support.OutcomeExpressions;
import uk.org.cdrfhir.support.TestNotifications;

/** The server enforces the contract and serves the very definitions it enforces. */
class ProfileEnforcementTest extends FhirServerTestBase {

	private static final String NOTIFICATION = "Bundle-notification-expected-neonatal.json";
	private static final String FHIR_JSON = "application/fhir+json";

	@Autowired
	private CdrPackage cdrPackage;

	private Bundle exampleNotification() {
		Bundle bundle = ((Bundle) cdrPackage.examples().get(NOTIFICATION)).copy();
		bundle.getIdentifier().setValue(UUID.randomUUID().toString());
		return bundle;
	}

	@Test
	void notificationBreakingARuleIsRefusedWith422NamingTheElementAndRuleAndNothingIsStored() throws Exception {
		Bundle notification = exampleNotification();
		Patient child = (Patient) notification.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Patient.class::isInstance).findFirst().orElseThrow();
		child.setDeceased(new DateTimeType("2001-01-01T10:00:00Z")); // before the birth
		int bundlesBefore = count("Bundle");
		int patientsBefore = count("Patient");

		HttpResponse<String> response = post("/Bundle", FHIR_JSON,
				fhirContext.newJsonParser().encodeResourceToString(notification).getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssue()).anySatisfy(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
			assertThat(issue.getDiagnostics()).contains("cdr-death-after-birth");
			assertThat(issue.getExpression()).isNotEmpty();
			assertThat(issue.getExpression().get(0).getValue()).startsWith("Bundle.entry[1]");
		});
		assertThat(count("Bundle")).isEqualTo(bundlesBefore);
		assertThat(count("Patient")).isEqualTo(patientsBefore);
	}

	/**
	 * A notification is validated while it is stored, placed in its case and routed: whatever its
	 * error does to that work, the sender is told the error, and nothing is kept.
	 */
	@TestFactory
	Stream<DynamicTest> everyInvalidNotificationExamplePostedIsRefusedWithItsRecordedErrorAndNothingIsStored()
			throws IOException {
		return InvalidExamples.manifest().stream()
				.filter(InvalidExamples::isNotification)
				.map(entry -> DynamicTest.dynamicTest(entry.path("name").asText(), () -> {
					Bundle invalid = (Bundle) InvalidExamples.resource(entry, fhirContext, cdrPackage);
					if (invalid.getIdentifier().hasValue()) {
						invalid.getIdentifier().setValue(UUID.randomUUID().toString());
					}
					int bundlesBefore = count("Bundle");
					int casesBefore = count("EpisodeOfCare");
					int tasksBefore = count("Task");

					HttpResponse<String> response = post("/Bundle", FHIR_JSON,
							fhirContext.newJsonParser().encodeResourceToString(invalid).getBytes(StandardCharsets.UTF_8));

					assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
					OutcomeExpressions.assertEveryExpressionFindsAnElement((OperationOutcome) parse(response.body()), invalid);
					assertThat(((OperationOutcome) parse(response.body())).getIssue()).as(entry.path("breaks").asText())
							.anySatisfy(issue -> {
								assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
								assertThat(issue.getDiagnostics()).contains(InvalidExamples.expectedMessage(entry));
								assertThat(issue.getExpression()).first().asString()
										.startsWith(InvalidExamples.expectedLocation(entry));
							});
					assertThat(count("Bundle")).isEqualTo(bundlesBefore);
					assertThat(count("EpisodeOfCare")).isEqualTo(casesBefore);
					assertThat(count("Task")).isEqualTo(tasksBefore);
				}));
	}

	/** An EPR may also claim UK Core's profile: without the UK Core package that claim is not checked, and said so. */
	@Test
	void aChildAlsoClaimingUkCorePatientIsAcceptedWithAWarningThatTheClaimWasNotChecked() throws Exception {
		HttpResponse<String> response = postNotification(TestNotifications.newChild(cdrPackage).claimingUkCorePatient());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssue()).anySatisfy(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
			assertThat(issue.getDiagnostics()).contains("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient");
		});
	}

	/** A mistyped claim of one of this package's own profiles is not a claim of someone else's: refused. */
	@Test
	void aClaimOfAProfileThisPackageDoesNotDefineIsRefused() throws Exception {
		TestNotifications notification = TestNotifications.newChild(cdrPackage);
		notification.child().getMeta().addProfile(CdrPackage.CANONICAL_BASE + "/StructureDefinition/cdr-chlid");
		int bundlesBefore = count("Bundle");

		HttpResponse<String> response = postNotification(notification);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(((OperationOutcome) parse(response.body())).getIssue()).anySatisfy(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
			assertThat(issue.getDiagnostics()).contains("cdr-chlid");
		});
		assertThat(count("Bundle")).isEqualTo(bundlesBefore);
	}

	/** Backward compatibility: the first form's yes/no answers are still accepted, with advice. */
	@Test
	void aBooleanAnswerIsStillAcceptedWithAWarningToSendTheCodedAnswer() throws Exception {
		HttpResponse<String> response = postNotification(TestNotifications.newChild(cdrPackage).withBooleanJarAnswer());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(((OperationOutcome) parse(response.body())).getIssue()).anySatisfy(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
			assertThat(issue.getDiagnostics()).contains("cdr-coded-answer");
		});
	}

	private HttpResponse<String> postNotification(TestNotifications notification) throws Exception {
		return post("/Bundle", FHIR_JSON,
				fhirContext.newJsonParser().encodeResourceToString(notification.bundle()).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void documentBundleIsValidatedAsANotificationEvenWhenItClaimsNoProfile() throws Exception {
		Bundle notification = exampleNotification();
		notification.getMeta().getProfile().clear();
		notification.setIdentifier(null);

		HttpResponse<String> response = post("/Bundle", FHIR_JSON,
				fhirContext.newJsonParser().encodeResourceToString(notification).getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("Bundle.identifier");
	}

	@Test
	void notificationIsCheckedAsSentSoAnElementTheParserWouldDropIsRefusedAndNothingIsStored() throws Exception {
		String json = fhirContext.newJsonParser().encodeResourceToString(exampleNotification())
				.replaceFirst("\"resourceType\": ?\"Patient\",", "$0 \"deceasedDate\": \"2026-02-13\",");
		assertThat(json).contains("deceasedDate\"");
		int bundlesBefore = count("Bundle");

		HttpResponse<String> response = post("/Bundle", FHIR_JSON, json.getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		OperationOutcome outcome = (OperationOutcome) parse(response.body());
		assertThat(outcome.getIssue()).anySatisfy(issue -> {
			assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
			assertThat(issue.getDiagnostics()).contains("deceasedDate");
			assertThat(issue.getExpression()).first().asString().startsWith("Bundle.entry[1]");
		});
		assertThat(count("Bundle")).isEqualTo(bundlesBefore);
	}

	@Test
	void validNotificationIsAccepted() throws Exception {
		HttpResponse<String> response = post("/Bundle", FHIR_JSON,
				fhirContext.newJsonParser().encodeResourceToString(exampleNotification()).getBytes(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
	}

	@Test
	void servedDefinitionsAreThePackagedOnes() {
		assertThat(cdrPackage.conformanceResources()).hasSizeGreaterThan(50);
		for (MetadataResource packaged : cdrPackage.conformanceResources()) {
			if (packaged instanceof org.hl7.fhir.r4.model.ImplementationGuide) {
				continue;
			}
			MetadataResource served = (MetadataResource) client.read().resource(packaged.fhirType())
					.withId(packaged.getIdElement().getIdPart()).execute();
			assertThat(served.getUrl()).isEqualTo(packaged.getUrl());
			assertThat(served.getVersion()).isEqualTo(packaged.getVersion());
			assertThat(CdrPackage.contentHash(fhirContext, served)).as(packaged.getUrl())
					.isEqualTo(cdrPackage.contentHashes().get(packaged.getUrl()));
		}
	}

	@Test
	void capabilityStatementListsTheProfiles() {
		org.hl7.fhir.r4.model.CapabilityStatement capability =
				client.capabilities().ofType(org.hl7.fhir.r4.model.CapabilityStatement.class).execute();
		for (StructureDefinition profile : cdrPackage.profiles()) {
			assertThat(capability.getRestFirstRep().getResource())
					.filteredOn(r -> r.getType().equals(profile.getType()))
					.singleElement()
					.satisfies(r -> assertThat(r.hasSupportedProfile(profile.getUrl())).as(profile.getUrl()).isTrue());
		}
	}

	@Test
	void validateOperationChecksEveryProfiledExampleAgainstItsProfile() throws Exception {
		int validated = 0;
		for (var example : cdrPackage.examples().values()) {
			Resource resource = (Resource) example;
			if (!resource.getMeta().hasProfile()) {
				continue;
			}
			String profile = resource.getMeta().getProfile().get(0).getValue();
			HttpResponse<String> response = post("/" + resource.fhirType() + "/$validate?profile="
					+ URLEncoder.encode(profile, StandardCharsets.UTF_8), FHIR_JSON,
					fhirContext.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			OperationOutcome outcome = (OperationOutcome) parse(response.body());
			assertThat(outcome.getIssue()).as(resource.fhirType() + "/" + resource.getIdPart())
					.filteredOn(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR)
					.extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
					.isEmpty();
			validated++;
		}
		assertThat(validated).isGreaterThanOrEqualTo(20);
	}

	@Test
	void validateOperationReportsABrokenRule() throws Exception {
		Patient child = ((Patient) cdrPackage.examples().get("Patient-child-leo-hartwell.json")).copy();
		child.getIdentifierFirstRep().setValue("9997030029"); // wrong check digit

		HttpResponse<String> response = post("/Patient/$validate", FHIR_JSON,
				fhirContext.newJsonParser().encodeResourceToString(child).getBytes(StandardCharsets.UTF_8));

		assertThat(response.body()).contains("cdr-nhs-number-check-digit");
	}
}
