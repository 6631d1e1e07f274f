package uk.org.cdrfhir.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.IValidationPolicyAdvisor;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.i18n.I18nConstants;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.utilities.validation.ValidationMessage.IssueSeverity;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.ConfigurationException;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.ValidationContext;

/**
 * HAPI's {@link FhirInstanceValidator}, validating with a {@link DocumentInstanceValidator} instead of
 * upstream's {@link InstanceValidator}: HAPI builds its validator in a private method, so the part of
 * its wrapper that builds and runs one is replaced here, doing what HAPI FHIR 8.8.0's
 * {@code ValidatorWrapper.validate} does for JSON: a new validator per resource with every setting of
 * this {@link FhirInstanceValidator} passed on, the given profiles and those the JSON claims in
 * {@code meta.profile}, an error for a profile not found when none was, HAPI's filter of terminology
 * messages and, with errorForUnknownProfiles, unknown profiles raised to errors. What the shortcuts
 * learn of the definitions is shared between validations.
 *
 * <p>Assumes of upstream (HAPI FHIR 8.8.0): the settings of FhirInstanceValidator are those passed on
 * in {@link #newInstanceValidator} (UpstreamAssumptionsTest fails when HAPI adds one), and its
 * wrapper's handling of messages is the one above ({@code StockValidatorDifferentialTest} compares
 * the two on every example and thousands of documents).
 */
class DocumentFhirInstanceValidator extends FhirInstanceValidator {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final String MIME_TYPES = "http://hl7.org/fhir/ValueSet/mimetypes";

	private final ChildCardinalities cardinalities;
	private final EntrySliceTypes entrySliceTypes = new EntrySliceTypes();
	private final ReusedValidators validators = new ReusedValidators();

	DocumentFhirInstanceValidator(IValidationSupport validationSupport) {
		super(validationSupport);
		setWrappedWorkerContext(validationSupport, new RememberingWorkerContext(validationSupport));
		this.cardinalities = new ChildCardinalities(new ProfileUtilities(provideWorkerContext(), null, null));
	}

	/** Refused: the documents' policy advisor is built into each validator (see {@link DocumentInstanceValidator}). */
	@Override
	public void setValidatorPolicyAdvisor(IValidationPolicyAdvisor advisor) {
		throw new UnsupportedOperationException("DocumentFhirInstanceValidator has its own policy advisor");
	}

	@Override
	protected List<ValidationMessage> validate(IValidationContext<?> context) {
		WorkerContextValidationSupportAdapter workerContext = provideWorkerContext();
		String json = json(context);
		List<StructureDefinition> profiles = new ArrayList<>();
		List<ValidationMessage> unknownProfiles = new ArrayList<>();
		for (String url : context.getOptions().getProfiles()) {
			addProfile(workerContext, url, profiles, unknownProfiles);
		}
		for (String url : claimedProfiles(json)) {
			addProfile(workerContext, url, profiles, unknownProfiles);
		}
		List<ValidationMessage> messages = new ArrayList<>();
		DocumentInstanceValidator validator = validators.take(() -> newInstanceValidator(workerContext));
		configure(validator);
		// a validator that threw is not given back: its state is whatever upstream left midway
		Element document = validator.validate(context.getOptions().getAppContext(), messages,
				new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FhirFormat.JSON, profiles);
		validators.giveBack(validator, document);
		if (profiles.isEmpty()) {
			messages.addAll(unknownProfiles);
		}
		messages.removeIf(DocumentFhirInstanceValidator::isFilteredByHapi);
		if (isErrorForUnknownProfiles()) {
			messages.stream().filter(DocumentFhirInstanceValidator::isUnknownProfile)
					.filter(message -> message.getLevel() == IssueSeverity.WARNING)
					.forEach(message -> message.setLevel(IssueSeverity.ERROR));
		}
		return messages;
	}

	private static void addProfile(WorkerContextValidationSupportAdapter workerContext, String url,
			List<StructureDefinition> profiles, List<ValidationMessage> unknownProfiles) {
		StructureDefinition profile = workerContext.fetchResource(StructureDefinition.class, url);
		if (profile != null) {
			profiles.add(profile);
		} else {
			unknownProfiles.add(new ValidationMessage().setMessageId(I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN)
					.setLevel(IssueSeverity.ERROR).setMessage("Invalid profile. Failed to retrieve profile with url=" + url));
		}
	}

	/** The profiles a resource claims (text values of meta.profile); none if the JSON cannot be read, which the validator reports. */
	private static List<String> claimedProfiles(String json) {
		JsonNode resource;
		try {
			resource = JSON.readTree(json);
		} catch (IOException e) {
			return List.of();
		}
		List<String> claimed = new ArrayList<>();
		for (JsonNode profile : resource.path("meta").path("profile")) {
			if (profile.isTextual()) {
				claimed.add(profile.asText());
			}
		}
		return claimed;
	}

	/** Terminology messages HAPI's wrapper drops: a binding without a value set, and the unknown mime types value set. */
	private static boolean isFilteredByHapi(ValidationMessage message) {
		String id = message.getMessageId();
		return I18nConstants.TERMINOLOGY_TX_BINDING_NOSOURCE.equals(id)
				|| (I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND.equals(id) && message.getMessage().contains(MIME_TYPES));
	}

	private static boolean isUnknownProfile(ValidationMessage message) {
		return I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(message.getMessageId())
				|| I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY.equals(message.getMessageId());
	}

	/**
	 * The resource as JSON. A resource in hand ({@link ValidationContext#forResource}) is encoded here,
	 * not taken from HAPI's own "raw JSON" user data, which the JPA server keeps on every resource it
	 * parses, including those read from the database and then patched in place. Text given to
	 * validate (see {@link ProfileValidator#validationAsSent}) is validated as given.
	 */
	private static String json(IValidationContext<?> context) {
		return context instanceof ValidationContext<?> inHand
				? context.getFhirContext().newJsonParser().encodeResourceToString((IBaseResource) inHand.getResource())
				: context.getResourceAsString();
	}

	/**
	 * A new validator. Building one costs about 15 ms of CPU, most of it upstream reading its OID
	 * registry (1.5 MB of CSV, no way to hand it a table read once), so each is reused for a few
	 * documents ({@link ReusedValidators}).
	 */
	private DocumentInstanceValidator newInstanceValidator(WorkerContextValidationSupportAdapter workerContext) {
		try {
			return new DocumentInstanceValidator(workerContext,
					Objects.requireNonNullElseGet(getHostApplicationServices(), NullEvaluationContext::new),
					new XVerExtensionManagerOld(workerContext), new ValidatorSession(), new ValidatorSettings(),
					cardinalities, entrySliceTypes);
		} catch (RuntimeException e) {
			throw new ConfigurationException("Could not build the FHIR instance validator", e);
		}
	}

	/** Every setting of this FhirInstanceValidator, given again for each document (a setting may have changed since). */
	private void configure(InstanceValidator validator) {
		validator.setAssumeValidRestReferences(isAssumeValidRestReferences());
		validator.setBestPracticeWarningLevel(getBestPracticeWarningLevel());
		validator.setAnyExtensionsAllowed(isAnyExtensionsAllowed());
		validator.setResourceIdRule(IdStatus.OPTIONAL);
		validator.setNoTerminologyChecks(isNoTerminologyChecks());
		validator.setErrorForUnknownProfiles(isErrorForUnknownProfiles());
		validator.setUnknownCodeSystemsCauseErrors(true); // as HAPI: fixed
		validator.getExtensionDomains().clear();
		validator.getExtensionDomains().addAll(getExtensionDomains());
		validator.setFetcher(getValidatorResourceFetcher());
		validator.setNoExtensibleWarnings(isNoExtensibleWarnings());
		validator.setNoBindingMsgSuppressed(isNoBindingMsgSuppressed());
		validator.setAllowExamples(isAllowExamples());
		validator.setAllowXsiLocation(true);
	}
}
