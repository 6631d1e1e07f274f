package uk.org.cdrfhir.conformance;

import uk.org.cdrfhir.fhir.CdrUrls;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.StructureDefinition;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.fhirpath.IFhirPath;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * The validator's findings as the sender of a resource needs them: errors first; each issue's
 * expression a FHIRPath that finds the element in the resource sent (the validator writes
 * {@code Bundle.entry[1].resource/*Patient/null*&#47;}, which is not FHIRPath); a failed invariant of
 * the cdr-fhir profiles said as what is wrong (the {@code failure-message} extension the package keeps
 * on each invariant, with the key after it); an unknown extension a warning (the validator only
 * informs, and information is not returned); other information left out.
 *
 * <p>Shaped after validation, from its messages: the validator itself is not changed.
 */
public class SenderOutcome {

	/** The validator's message id for an extension whose definition it does not know. */
	static final String UNKNOWN_EXTENSION = "Extension_EXT_Unknown";

	/** The validator's note of the resource type in a path: {@code /*Patient/null*&#47;}, an id in place of null. */
	private static final Pattern RESOURCE_TYPE_NOTE = Pattern.compile("/\\*([A-Za-z]+)/[^*]*\\*/");

	private final FhirContext fhirContext;
	/** One FHIRPath engine per thread: requests are answered at once, and an engine is not made to be shared. */
	private final ThreadLocal<IFhirPath> fhirPaths;
	private final Map<String, String> failureMessages;

	public SenderOutcome(FhirContext fhirContext, CdrPackage cdrPackage) {
		this.fhirContext = fhirContext;
		this.fhirPaths = ThreadLocal.withInitial(fhirContext::newFhirPath);
		this.failureMessages = failureMessages(cdrPackage);
	}

	/**
	 * The OperationOutcome for the sender of {@code sent}: its errors, then its warnings (no
	 * information), each issue pointing at an element of {@code sent}.
	 */
	public OperationOutcome outcome(ValidationResult result, IBaseResource sent) {
		List<SingleValidationMessage> shaped = new ArrayList<>();
		List<String> unknownExtensions = new ArrayList<>();
		for (SingleValidationMessage message : result.getMessages()) {
			boolean unknownExtension = UNKNOWN_EXTENSION.equals(message.getMessageId());
			if (message.getSeverity() == ResultSeverityEnum.INFORMATION && !unknownExtension) {
				continue;
			}
			SingleValidationMessage copy = new SingleValidationMessage(message);
			copy.setLocationString(expressionIn(sent, message.getLocationString() == null ? sent.fhirType() : message.getLocationString()));
			if (unknownExtension && message.getSeverity() == ResultSeverityEnum.INFORMATION) {
				// one warning for an unknown extension, not one more for each extension inside it
				if (unknownExtensions.stream().anyMatch(outer -> copy.getLocationString().startsWith(outer + "."))) {
					continue;
				}
				unknownExtensions.add(copy.getLocationString());
				copy.setSeverity(ResultSeverityEnum.WARNING);
				copy.setMessage(message.getMessage()
						+ ": no cdr-fhir profile defines it, so the server keeps it as sent but does not act on it");
			}
			String failure = failureMessage(message.getMessageId());
			if (failure != null) {
				copy.setMessage(failure);
			}
			shaped.add(copy);
		}
		// errors first, in the order of the document within each severity
		shaped.sort(Comparator.comparing(SingleValidationMessage::getSeverity).reversed());
		OperationOutcome outcome = (OperationOutcome) new ValidationResult(fhirContext, shaped).toOperationOutcome();
		outcome.getIssue().removeIf(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.INFORMATION);
		return outcome;
	}

	/**
	 * The sentence for a failed cdr-fhir invariant, or null for any other message. The validator's
	 * message id for a failed invariant is the profile's URL, '#', and the invariant's key.
	 */
	private String failureMessage(String messageId) {
		if (messageId == null || messageId.indexOf('#') < 0) {
			return null;
		}
		String key = messageId.substring(messageId.indexOf('#') + 1);
		String failure = failureMessages.get(key);
		return failure == null ? null : failure + " (" + key + ")";
	}

	/**
	 * The validator's location as FHIRPath, cut back to the deepest element that exists in the resource
	 * sent: an element the parser could not read (an unknown property, a wrong type) is not in it, so
	 * the issue points at the element that holds it.
	 */
	String expressionIn(IBaseResource sent, String location) {
		List<String> steps = steps(RESOURCE_TYPE_NOTE.matcher(location).replaceAll(".ofType($1)"));
		for (int length = steps.size(); length > 1; length--) {
			String expression = String.join(".", steps.subList(0, length));
			if (findsAnElement(sent, expression)) {
				return expression;
			}
		}
		return sent.fhirType();
	}

	private boolean findsAnElement(IBaseResource sent, String expression) {
		try {
			return !fhirPaths.get().evaluate(sent, expression, IBase.class).isEmpty();
		} catch (RuntimeException notFhirPath) {
			return false;
		}
	}

	/** The steps of a path, split at the dots outside brackets and parentheses. */
	private static List<String> steps(String path) {
		List<String> steps = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < path.length(); i++) {
			char c = path.charAt(i);
			if (c == '(' || c == '[') {
				depth++;
			} else if (c == ')' || c == ']') {
				depth--;
			} else if (c == '.' && depth == 0) {
				steps.add(path.substring(start, i));
				start = i + 1;
			}
		}
		steps.add(path.substring(start));
		steps.removeIf(String::isEmpty);
		return steps;
	}

	/** Invariant key to what the sender is told when it fails, from the package's profiles. */
	private static Map<String, String> failureMessages(CdrPackage cdrPackage) {
		Map<String, String> messages = new HashMap<>();
		for (StructureDefinition profile : cdrPackage.conformanceResources(StructureDefinition.class)) {
			for (ElementDefinition element : profile.getSnapshot().getElement()) {
				for (ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
					Extension failure = constraint.getExtensionByUrl(CdrUrls.FAILURE_MESSAGE);
					if (failure != null && failure.hasValue()) {
						messages.put(constraint.getKey(), failure.getValue().primitiveValue());
					}
				}
			}
		}
		return messages;
	}
}
