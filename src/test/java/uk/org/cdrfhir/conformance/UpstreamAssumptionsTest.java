package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.model.Resource;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.util.VersionUtil;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * What our customisations of the validator assume of upstream (see the comments of
 * {@link DocumentInstanceValidator}, {@link DocumentFhirInstanceValidator} and
 * {@link RememberingWorkerContext}): each test fails when an assumption stops holding, rather than the
 * customisation silently doing nothing or something else. Whether the customised validator still
 * judges as the stock one is {@link StockValidatorDifferentialTest}'s question.
 */
class UpstreamAssumptionsTest {

	private static final String NOTIFICATION = "Bundle-notification-expected-neonatal.json";
	private static final String BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace";
	private static final String HAPI_FHIR_VERSION = "8.8.0";
	private static final String HL7_VALIDATOR_VERSION = "6.7.9";

	private static FhirContext fhirContext;
	private static CdrPackage cdrPackage;
	private static ValidationSupportChain chain;

	@BeforeAll
	static void loadPackage() {
		fhirContext = FhirContext.forR4Cached();
		cdrPackage = CdrPackage.load(fhirContext);
		chain = ProfileValidator.supportChain(fhirContext, cdrPackage, new DefaultProfileValidationSupport(fhirContext));
	}

	/**
	 * On an upgrade: run {@code bench/validation-differential.sh}, read the assumptions in the class
	 * comments named above against the new sources, then move these versions.
	 */
	@Test
	void theValidatorIsTheVersionTheCustomisationsWereCheckedAgainst() throws IOException {
		assertThat(VersionUtil.getVersion()).as("HAPI FHIR").isEqualTo(HAPI_FHIR_VERSION);
		Properties hl7Validator = new Properties();
		try (InputStream in = InstanceValidator.class.getClassLoader()
				.getResourceAsStream("META-INF/maven/ca.uhn.hapi.fhir/org.hl7.fhir.validation/pom.properties")) {
			assertThat(in).as("the HL7 validator's Maven properties").isNotNull();
			hl7Validator.load(in);
		}
		assertThat(hl7Validator.getProperty("version")).as("org.hl7.fhir.validation").isEqualTo(HL7_VALIDATOR_VERSION);
	}

	/** DocumentFhirInstanceValidator passes each of these on to its validators; a new one would be dropped silently. */
	@Test
	void hapisInstanceValidatorHasOnlyTheSettingsOurValidatorPassesOn() {
		List<String> setters = Arrays.stream(FhirInstanceValidator.class.getDeclaredMethods())
				.filter(method -> Modifier.isPublic(method.getModifiers()) && method.getName().startsWith("set"))
				.map(Method::getName).distinct().sorted().toList();
		assertThat(setters).containsExactly("setAllowExamples", "setAnyExtensionsAllowed", "setAssumeValidRestReferences",
				"setBestPracticeWarningLevel", "setCustomExtensionDomains", "setErrorForUnknownProfiles",
				"setHostApplicationServices", "setNoBindingMsgSuppressed", "setNoExtensibleWarnings", "setNoTerminologyChecks",
				"setValidationSupport", "setValidatorPolicyAdvisor", "setValidatorResourceFetcher", "setWrappedWorkerContext");
	}

	/**
	 * Each shortcut answers for upstream on the example notification: upstream still asks its policy
	 * advisor about every entry twice (slice, then unsliced), still matches entries slice by slice
	 * through matchSlice, and still checks cardinalities through checkCardinalities.
	 */
	@Test
	void everyShortcutOfTheDocumentValidatorIsTakenOnANotification() throws IOException {
		RememberingWorkerContext context = new RememberingWorkerContext(chain);
		DocumentInstanceValidator validator = new DocumentInstanceValidator(context, new FhirInstanceValidator.NullEvaluationContext(),
				new XVerExtensionManagerOld(context), new ValidatorSession(), new ValidatorSettings(),
				new ChildCardinalities(new ProfileUtilities(context, null, null)), new EntrySliceTypes());
		Bundle notification = (Bundle) cdrPackage.examples().get(NOTIFICATION);
		Element document = new JsonParser(context).parseSingle(new ByteArrayInputStream(
				fhirContext.newJsonParser().encodeResourceToString(notification).getBytes(StandardCharsets.UTF_8)), null);
		List<ValidationMessage> messages = new ArrayList<>();

		validator.validate(null, messages, null, document, List.of(context.fetchResource(StructureDefinition.class,
				ProfileEnforcingInterceptor.NOTIFICATION_BUNDLE_PROFILE)));

		assertThat(messages).filteredOn(message -> message.getLevel().isError()).isEmpty();
		DocumentInstanceValidator.Shortcuts taken = validator.shortcutsTaken();
		assertThat(taken.entryPassesSkipped()).as("entries validated once (each matched a slice)")
				.isEqualTo(notification.getEntry().size());
		assertThat(taken.slicesSkipped()).as("entry slices of other resource types not evaluated").isPositive();
		assertThat(taken.cardinalitiesCounted()).as("elements whose cardinalities were counted in one pass").isPositive();
	}

	/** The validator looks every definition up through the worker context HAPI was given, so remembering them saves the look-ups. */
	@Test
	void theValidatorLooksDefinitionsUpThroughTheRememberingContext() {
		AtomicInteger lookUps = new AtomicInteger();
		DocumentFhirInstanceValidator instanceValidator = new DocumentFhirInstanceValidator(chain);
		instanceValidator.setWrappedWorkerContext(chain, new RememberingWorkerContext(chain) {
			@Override
			public <T extends Resource> T fetchResource(Class<T> type, String url) {
				lookUps.incrementAndGet();
				return super.fetchResource(type, url);
			}
		});
		ProfileValidator.configure(instanceValidator);
		ValidationResult result = ProfileValidator.fhirValidator(fhirContext, instanceValidator)
				.validateWithResult(cdrPackage.examples().get(NOTIFICATION));

		assertThat(result.getMessages()).filteredOn(message -> message.getSeverity() == ResultSeverityEnum.ERROR).isEmpty();
		assertThat(lookUps.get()).as("definitions looked up through RememberingWorkerContext").isPositive();
	}

	/**
	 * A validator reused for another document judges it exactly as a new one (HAPI's stock validator
	 * builds one per resource): upstream keeps no state between documents that
	 * {@link DocumentInstanceValidator#forget} does not clear. Compared message by message, warnings
	 * and information included, on one validator in turn: an invalid notification, a valid one, the
	 * invalid one again, and twice a resource using a retired extension (upstream hints about a
	 * retired definition once per validator and remembers it in a set of its own).
	 */
	@Test
	void aReusedValidatorJudgesEachDocumentAsANewValidator() throws IOException {
		org.hl7.fhir.r4.model.StructureDefinition birthPlace = (org.hl7.fhir.r4.model.StructureDefinition) new DefaultProfileValidationSupport(fhirContext)
				.fetchStructureDefinition(BIRTH_PLACE);
		PrePopulatedValidationSupport retired = new PrePopulatedValidationSupport(fhirContext);
		retired.addStructureDefinition(birthPlace.copy().setStatus(PublicationStatus.RETIRED));
		ValidationSupportChain definitions = new ValidationSupportChain(retired, chain);
		DocumentFhirInstanceValidator ours = new DocumentFhirInstanceValidator(definitions);
		ProfileValidator.configure(ours);
		FhirInstanceValidator stock = new FhirInstanceValidator(definitions);
		ProfileValidator.configure(stock);
		Patient withRetiredExtension = new Patient();
		withRetiredExtension.addExtension(BIRTH_PLACE, new Address().setCity("Luton"));
		JsonNode invalid = InvalidExamples.manifest().stream().filter(InvalidExamples::isNotification).findFirst().orElseThrow();
		List<IBaseResource> documents = List.of(InvalidExamples.resource(invalid, fhirContext, cdrPackage),
				cdrPackage.examples().get(NOTIFICATION), InvalidExamples.resource(invalid, fhirContext, cdrPackage),
				withRetiredExtension, withRetiredExtension);

		List<List<String>> ourMessages = new ArrayList<>();
		List<List<String>> stockMessages = new ArrayList<>();
		for (IBaseResource document : documents) {
			ourMessages.add(messages(ProfileValidator.fhirValidator(fhirContext, ours).validateWithResult(document)));
			stockMessages.add(messages(ProfileValidator.fhirValidator(fhirContext, stock).validateWithResult(document)));
		}

		assertThat(ourMessages).isEqualTo(stockMessages);
		assertThat(ourMessages.get(0)).as("the invalid notification's messages").anyMatch(message -> message.startsWith("ERROR"));
		assertThat(ourMessages.get(4)).as("the second resource with a retired extension")
				.anyMatch(message -> message.contains(I18nConstants.MSG_DEPENDS_ON_RETIRED));
	}

	private static List<String> messages(ValidationResult result) {
		return result.getMessages().stream()
				.map(m -> m.getSeverity() + " " + m.getMessageId() + " @ " + m.getLocationString() + ": " + m.getMessage()).toList();
	}
}
