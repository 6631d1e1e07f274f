package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import uk.org.cdrfhir.support.TestNotifications;

/**
 * A resource claiming a UK Core profile: a warning without the UK Core package, validated against it
 * with the package (cdr.uk-core.package-file). The real UK Core package cannot be fetched here, so the
 * test builds a small package of its own under UK Core's canonical URLs: a UKCore-Patient that requires
 * a telecom, and an Extension-UKCore-EthnicCategory whose value is a string (deliberately unlike UK
 * Core's, to show that the package's definition wins over this guide's local copy of the same URL).
 */
class UkCorePackageTest {

	private static final String UK_CORE_PATIENT = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";
	private static final String UK_CORE_ETHNICITY = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private static CdrPackage cdrPackage;

	@TempDir
	static Path folder;
	private static Path packageFile;

	@BeforeAll
	static void buildTestPackage() throws IOException {
		cdrPackage = CdrPackage.load(FHIR);
		packageFile = folder.resolve("test-ukcore.tgz");
		writePackage(packageFile, Map.of(
				"package/package.json", """
						{"name": "test.ukcore", "version": "0.0.1", "fhirVersions": ["4.0.1"],
						 "dependencies": {"hl7.fhir.r4.core": "4.0.1"}}""",
				"package/StructureDefinition-UKCore-Patient.json", FHIR.newJsonParser().encodeResourceToString(ukCorePatient()),
				"package/StructureDefinition-Extension-UKCore-EthnicCategory.json",
				FHIR.newJsonParser().encodeResourceToString(ethnicityOfAnotherShape())));
	}

	@Test
	void withoutTheUkCorePackageAClaimOfUkCorePatientIsAWarning() {
		ProfileValidator validator = new ProfileValidator(FHIR, cdrPackage);

		List<SingleValidationMessage> messages = validate(validator);

		assertThat(errors(messages)).isEmpty();
		assertThat(messages).anySatisfy(message -> {
			assertThat(message.getSeverity()).isEqualTo(ResultSeverityEnum.WARNING);
			assertThat(message.getMessage()).contains(UK_CORE_PATIENT);
		});
	}

	@Test
	void withTheUkCorePackageTheClaimIsValidatedAgainstItsProfile() {
		ProfileValidator validator = withPackage();

		List<SingleValidationMessage> errors = errors(validate(validator));

		assertThat(errors).anySatisfy(error -> {
			assertThat(error.getMessage()).contains("ukc-test-telecom");
			assertThat(error.getLocationString()).startsWith("Bundle.entry[1]");
		});
	}

	@Test
	void theUkCorePackagesOwnDefinitionWinsOverThisGuidesLocalCopyOfTheSameUrl() {
		ProfileValidator validator = withPackage();

		List<SingleValidationMessage> errors = errors(validate(validator));

		// the child's ethnic category is a CodeableConcept: right for the local copy, wrong for the package's
		assertThat(errors).anySatisfy(error -> assertThat(error.getLocationString()).contains("extension"));
	}

	@Test
	void aMissingPackageFileStopsTheStartSayingWhichSetting() {
		assertThatThrownBy(() -> ExternalPackage.load(FHIR, folder.resolve("absent.tgz")))
				.hasMessageContaining("absent.tgz").hasMessageContaining("cdr.uk-core.package-file");
	}

	@Test
	void thePackageFileIsReadWithItsNameAndVersion() {
		ExternalPackage loaded = ExternalPackage.load(FHIR, packageFile);

		assertThat(loaded.name()).isEqualTo("test.ukcore");
		assertThat(loaded.version()).isEqualTo("0.0.1");
		assertThat(loaded.definitions().fetchStructureDefinition(UK_CORE_PATIENT)).isNotNull();
	}

	private static ProfileValidator withPackage() {
		return new ProfileValidator(FHIR, cdrPackage, new DefaultProfileValidationSupport(FHIR),
				Optional.of(ExternalPackage.load(FHIR, packageFile)));
	}

	private static List<SingleValidationMessage> validate(ProfileValidator validator) {
		TestNotifications notification = TestNotifications.newChild(cdrPackage).claimingUkCorePatient();
		return validator.validate(notification.bundle(), List.of(ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE))
				.getMessages();
	}

	private static List<SingleValidationMessage> errors(List<SingleValidationMessage> messages) {
		return messages.stream().filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
	}

	/** Base R4 Patient under UK Core's URL, with one rule of its own: a telecom is required. */
	private static StructureDefinition ukCorePatient() {
		StructureDefinition patient = (StructureDefinition) new DefaultProfileValidationSupport(FHIR)
				.fetchStructureDefinition("http://hl7.org/fhir/StructureDefinition/Patient");
		StructureDefinition profile = patient.copy();
		profile.setId("UKCore-Patient");
		profile.setUrl(UK_CORE_PATIENT);
		profile.setName("TestUKCorePatient");
		profile.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
		profile.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Patient");
		profile.getText().setDivAsString(null);
		ElementDefinition root = profile.getSnapshot().getElementFirstRep();
		root.addConstraint().setKey("ukc-test-telecom").setSeverity(ElementDefinition.ConstraintSeverity.ERROR)
				.setHuman("A telecom is required (a rule of the test package)").setExpression("telecom.exists()")
				.setSource(UK_CORE_PATIENT);
		profile.getDifferential().getElement().clear();
		profile.getDifferential().addElement(root.copy());
		return profile;
	}

	/** This guide's copy of UK Core's ethnic category extension, its value made a string. */
	private static StructureDefinition ethnicityOfAnotherShape() {
		StructureDefinition extension = cdrPackage.structureDefinition(UK_CORE_ETHNICITY).orElseThrow().copy();
		for (ElementDefinition element : extension.getSnapshot().getElement()) {
			if (element.getPath().equals("Extension.value[x]")) {
				element.getType().clear();
				element.addType().setCode("string");
				element.setBinding(null);
			}
		}
		extension.getDifferential().getElement().clear();
		return extension;
	}

	private static void writePackage(Path file, Map<String, String> entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(file);
				TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				byte[] bytes = entry.getValue().getBytes(StandardCharsets.UTF_8);
				TarArchiveEntry tarEntry = new TarArchiveEntry(entry.getKey());
				tarEntry.setSize(bytes.length);
				tar.putArchiveEntry(tarEntry);
				tar.write(bytes);
				tar.closeArchiveEntry();
			}
		}
	}
}
