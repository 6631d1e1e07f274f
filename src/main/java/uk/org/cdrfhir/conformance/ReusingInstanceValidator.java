package uk.org.cdrfhir.conformance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.common.hapi.validation.validator.WorkerContextValidationSupportAdapter;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r5.elementmodel.JsonParser;
import org.hl7.fhir.r5.elementmodel.ParserBase.ValidationPolicy;
import org.hl7.fhir.r5.elementmodel.ValidatedFragment;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.r5.utils.validation.constants.IdStatus;
import org.hl7.fhir.r5.utils.xver.XVerExtensionManagerOld;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

import ca.uhn.fhir.context.ConfigurationException;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.IValidationContext;
import ca.uhn.fhir.validation.ValidationContext;

/**
 * HAPI's instance validator, but reusing each HL7 {@link InstanceValidator} for many resources
 * instead of building a new one for every resource: each new one re-reads the OID table from a CSV
 * on the classpath, a large part of a warm notification's validation (bench/RESULTS.md). A
 * validator is used by one thread at a time (borrowed from a small pool). What
 * upstream keeps of each validated resource is dropped after it ({@link ValidationLeftovers}); a
 * validator is still replaced after {@link #USES_PER_VALIDATOR} resources because two small
 * collections of its own only grow: its look-ups of canonical URLs (one per URL the resources name)
 * and the hashes of the code texts it has met (one number per system, code and text). The pool
 * keeps as many idle validators as resources are validated at once (on the server, the writes that
 * run at once), so memory stays bounded whatever the number of request threads.
 */
class ReusingInstanceValidator extends FhirInstanceValidator {

	static final int USES_PER_VALIDATOR = 1024;
	private final BlockingQueue<UsedValidator> idle;

	ReusingInstanceValidator(IValidationSupport validationSupport, int concurrentValidations) {
		super(validationSupport);
		this.idle = new ArrayBlockingQueue<>(concurrentValidations);
		setWrappedWorkerContext(validationSupport, new RememberingWorkerContext(validationSupport));
	}

	@Override
	protected List<ValidationMessage> validate(IValidationContext<?> context) {
		WorkerContextValidationSupportAdapter workerContext = provideWorkerContext();
		List<ValidationMessage> messages = new ArrayList<>();
		List<StructureDefinition> profiles = new ArrayList<>();
		for (String url : context.getOptions().getProfiles()) {
			StructureDefinition profile = workerContext.fetchResource(StructureDefinition.class, url);
			if (profile == null) {
				messages.add(new ValidationMessage().setLevel(ValidationMessage.IssueSeverity.ERROR)
						.setMessage("Unknown profile " + url + ": it is not one this server knows"));
			} else {
				profiles.add(profile);
			}
		}
		byte[] json = json(context).getBytes(StandardCharsets.UTF_8);
		UsedValidator used = borrow();
		used.validate(json, messages, profiles);
		giveBack(used); // not after a failure: its state is then unknown
		return messages;
	}

	private UsedValidator borrow() {
		UsedValidator used = idle.poll();
		return used != null ? used : new UsedValidator(newInstanceValidator(), newParser());
	}

	private void giveBack(UsedValidator used) {
		if (++used.uses < USES_PER_VALIDATOR) {
			idle.offer(used); // dropped when the pool is full
		}
	}

	/**
	 * A validator with its own JSON parser: upstream's validate(InputStream) builds a new parser for
	 * every resource, with a FHIRPath engine and a set of all resource types made from every
	 * StructureDefinition, only to parse the resource into elements; this one is built once.
	 */
	private static final class UsedValidator {
		private final InstanceValidator validator;
		private final JsonParser parser;
		private int uses;

		UsedValidator(InstanceValidator validator, JsonParser parser) {
			this.validator = validator;
			this.parser = parser;
		}

		void validate(byte[] json, List<ValidationMessage> messages, List<StructureDefinition> profiles) {
			List<ValidatedFragment> fragments;
			try {
				fragments = parser.parse(new ByteArrayInputStream(json));
			} catch (IOException e) {
				throw new UncheckedIOException(e); // not from an array in memory
			}
			for (ValidatedFragment fragment : fragments) {
				if (fragment.getElement() != null) {
					validator.validate(null, fragment.getErrors(), null, fragment.getElement(), profiles);
				}
				messages.addAll(fragment.getErrors());
			}
		}
	}

	private JsonParser newParser() {
		JsonParser parser = new JsonParser(provideWorkerContext());
		parser.setupValidation(ValidationPolicy.EVERYTHING);
		return parser;
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

	private InstanceValidator newInstanceValidator() {
		WorkerContextValidationSupportAdapter workerContext = provideWorkerContext();
		try {
			InstanceValidator validator = new DocumentInstanceValidator(workerContext, new NullEvaluationContext(),
					new XVerExtensionManagerOld(workerContext), new ValidatorSession(), new ValidatorSettings());
			validator.setAssumeValidRestReferences(isAssumeValidRestReferences());
			validator.setBestPracticeWarningLevel(getBestPracticeWarningLevel());
			validator.setAnyExtensionsAllowed(isAnyExtensionsAllowed());
			validator.setResourceIdRule(IdStatus.OPTIONAL);
			validator.setNoTerminologyChecks(isNoTerminologyChecks());
			validator.setErrorForUnknownProfiles(isErrorForUnknownProfiles());
			validator.setUnknownCodeSystemsCauseErrors(true);
			validator.setNoExtensibleWarnings(isNoExtensibleWarnings());
			validator.setAllowXsiLocation(true);
			validator.setFetcher(getValidatorResourceFetcher());
			return validator;
		} catch (Exception e) {
			throw new ConfigurationException("Could not build the FHIR instance validator", e);
		}
	}
}
