package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r5.utils.validation.constants.BestPracticeWarningLevel;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * Validates resources against the cdr-fhir profiles, locally: base R4 definitions, the package's
 * definitions with their pre-generated snapshots and its forms (a QuestionnaireResponse is checked
 * against its Questionnaire), and in-memory terminology. No terminology server is ever called. Where the
 * deployment gives the UK Core package ({@link UkCoreProperties}), its
 * definitions come first, so that a resource claiming a UK Core profile is validated against it and
 * UK Core's own definitions win over this package's local copies of a few of them (same URLs, same rules).
 * What the server makes of definitions the validator does not have: {@link UnknownDefinitions}.
 */
public class ProfileValidator {

	private final FhirContext fhirContext;
	private final FhirValidator validator;
	private final boolean ukCoreLoaded;

	/** A validator with its own copy of the base R4 definitions, for tools and tests without a server. */
	public ProfileValidator(FhirContext fhirContext, CdrPackage cdrPackage) {
		this(fhirContext, cdrPackage, new DefaultProfileValidationSupport(fhirContext), Optional.empty());
	}

	/**
	 * A validator sharing the server's base R4 definitions, so they are held in memory once, and with
	 * the UK Core package where one is configured. Thread-safe.
	 */
	ProfileValidator(FhirContext fhirContext, CdrPackage cdrPackage, DefaultProfileValidationSupport baseDefinitions,
			Optional<ExternalPackage> ukCore) {
		FhirInstanceValidator instanceValidator = new DocumentFhirInstanceValidator(
				supportChain(fhirContext, cdrPackage, baseDefinitions, ukCore));
		configure(instanceValidator);
		this.fhirContext = fhirContext;
		this.validator = fhirValidator(fhirContext, instanceValidator);
		this.ukCoreLoaded = ukCore.isPresent();
	}

	/** Where the validator finds definitions, without UK Core (see the class comment). */
	static ValidationSupportChain supportChain(FhirContext fhirContext, CdrPackage cdrPackage,
			DefaultProfileValidationSupport baseDefinitions) {
		return supportChain(fhirContext, cdrPackage, baseDefinitions, Optional.empty());
	}

	/** Where the validator finds definitions (see the class comment). */
	static ValidationSupportChain supportChain(FhirContext fhirContext, CdrPackage cdrPackage,
			DefaultProfileValidationSupport baseDefinitions, Optional<ExternalPackage> ukCore) {
		PrePopulatedValidationSupport packaged = new PrePopulatedValidationSupport(fhirContext);
		for (MetadataResource resource : cdrPackage.conformanceResources()) {
			if (resource instanceof StructureDefinition) {
				packaged.addStructureDefinition(resource);
			} else if (resource instanceof ValueSet) {
				packaged.addValueSet(resource);
			} else if (resource instanceof CodeSystem) {
				packaged.addCodeSystem(resource);
			}
		}
		List<IValidationSupport> supports = new ArrayList<>();
		ukCore.ifPresent(external -> supports.add(external.definitions()));
		supports.add(packaged);
		supports.add(new PackagedQuestionnaires(fhirContext, cdrPackage));
		supports.add(baseDefinitions);
		supports.add(new InMemoryTerminologyServerValidationSupport(fhirContext));
		supports.add(new CommonCodeSystemsTerminologyService(fhirContext));
		return new ValidationSupportChain(supports.toArray(IValidationSupport[]::new));
	}

	/**
	 * The validator's settings, all of them here: the server's validator and the stock HAPI validator
	 * it is compared with (StockValidatorDifferentialTest) are configured by this one method.
	 */
	static void configure(FhirInstanceValidator instanceValidator) {
		// references inside a document are checked by our own invariants; those outside it are the server's
		instanceValidator.setAssumeValidRestReferences(true);
		// a profile the validator does not have is a warning (an EPR may also claim UK Core's, see
		// UnknownDefinitions, which makes an unknown profile of this package's own canonical an error)
		instanceValidator.setErrorForUnknownProfiles(false);
		// "should have narrative", "should have a performer": advice for documents in general, noise to a
		// sender of a notification, whose profiles say what it must hold
		instanceValidator.setBestPracticeWarningLevel(BestPracticeWarningLevel.Ignore);
		// the base types' extensible bindings (e.g. Location.type) are replaced by our profiles' required
		// bindings to our own code systems; none of our bindings is extensible
		instanceValidator.setNoExtensibleWarnings(true);
	}

	/** A validator running only {@code instanceValidator}: the profiles carry all the rules, no schema or schematron. */
	static FhirValidator fhirValidator(FhirContext fhirContext, FhirInstanceValidator instanceValidator) {
		FhirValidator validator = fhirContext.newValidator();
		validator.setValidateAgainstStandardSchema(false);
		validator.setValidateAgainstStandardSchematron(false);
		validator.registerValidatorModule(instanceValidator);
		return validator;
	}

	/** Validates against the profiles the resource claims in {@code meta.profile}, and base R4. */
	public ValidationResult validate(IBaseResource resource) {
		return validate(resource, List.of());
	}

	/** Validates against the given profiles, and those the resource claims. */
	public ValidationResult validate(IBaseResource resource, List<String> profileUrls) {
		return adjusted(validator.validateWithResult(resource, options(resource, profileUrls)));
	}

	/**
	 * Validates as {@link #validate(IBaseResource, List)}, but the JSON text the client sent the
	 * resource in rather than the resource re-encoded: the encoding is saved, the issues carry the
	 * sender's line numbers, and an element the lenient parser dropped is reported instead of
	 * silently lost. The text must be the very text {@code resource} was parsed from. The resource is
	 * only read here, on the calling thread, so the validation may run on another thread (see
	 * {@link ValidationBesideStorage}) while this one changes the resource.
	 */
	public Supplier<ValidationResult> validationAsSent(IBaseResource resource, String sentJson, List<String> profileUrls) {
		ValidationOptions options = options(resource, profileUrls);
		return () -> adjusted(validator.validateWithResult(sentJson, options));
	}

	/**
	 * Validates JSON text against the given profiles, as {@link #validationAsSent} does once it has read
	 * the claimed ones: the validator's own verdict, before {@link UnknownDefinitions} (what
	 * StockValidatorDifferentialTest compares with the stock validator's).
	 */
	ValidationResult validate(String json, List<String> profileUrls) {
		ValidationOptions options = new ValidationOptions();
		profileUrls.forEach(options::addProfile);
		return validator.validateWithResult(json, options);
	}

	private ValidationResult adjusted(ValidationResult result) {
		return UnknownDefinitions.adjust(fhirContext, result, ukCoreLoaded);
	}

	/** The given profiles and those the resource claims in {@code meta.profile}. */
	private static ValidationOptions options(IBaseResource resource, List<String> profileUrls) {
		ValidationOptions options = new ValidationOptions();
		profileUrls.forEach(options::addProfile);
		resource.getMeta().getProfile().forEach(claimed -> options.addProfileIfNotBlank(claimed.getValue()));
		return options;
	}
}
