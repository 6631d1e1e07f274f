package uk.org.cdrfhir.conformance;

import java.util.List;

import org.hl7.fhir.utilities.i18n.I18nConstants;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * What the server makes of definitions the validator does not have:
 * <ul>
 * <li>a profile claimed in {@code meta.profile} under cdr-fhir's own canonical base that the package
 * does not define is an error (a mistyped claim of ours must not pass unchecked);</li>
 * <li>any other unknown profile (e.g. UK Core Patient, when the UK Core package is not configured)
 * stays the validator's warning: an EPR that also claims a UK Core profile is not refused for it;</li>
 * <li>without the UK Core package, "value set not found" for UK Core's own value sets (bound by UK
 * Core's extensions, whose rules this package copies) is dropped: cdr-fhir does not copy those value
 * sets under UK Core's URLs (a copy would be a second definition under one URL), and its profiles bind
 * the same elements to value sets of its own, which are checked. With the package they resolve.</li>
 * </ul>
 */
final class UnknownDefinitions {

	private static final String UK_CORE_VALUE_SETS = "https://fhir.hl7.org.uk/ValueSet/";

	private UnknownDefinitions() {
	}

	static ValidationResult adjust(FhirContext fhirContext, ValidationResult result, boolean ukCoreLoaded) {
		List<SingleValidationMessage> messages = result.getMessages().stream()
				.filter(message -> ukCoreLoaded || !isUkCoreValueSetNotFound(message))
				.map(UnknownDefinitions::raiseUnknownCdrProfile)
				.toList();
		return new ValidationResult(fhirContext, messages);
	}

	private static boolean isUkCoreValueSetNotFound(SingleValidationMessage message) {
		return I18nConstants.TERMINOLOGY_TX_VALUESET_NOTFOUND.equals(message.getMessageId())
				&& message.getSeverity() == ResultSeverityEnum.WARNING
				&& message.getMessage().contains(UK_CORE_VALUE_SETS);
	}

	private static SingleValidationMessage raiseUnknownCdrProfile(SingleValidationMessage message) {
		boolean unknownProfile = I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN.equals(message.getMessageId())
				|| I18nConstants.VALIDATION_VAL_PROFILE_UNKNOWN_NOT_POLICY.equals(message.getMessageId());
		if (!unknownProfile || !message.getMessage().contains(CdrPackage.CANONICAL_BASE + "/")
				|| message.getSeverity() == ResultSeverityEnum.ERROR) {
			return message;
		}
		SingleValidationMessage raised = new SingleValidationMessage(message);
		raised.setSeverity(ResultSeverityEnum.ERROR);
		return raised;
	}
}
