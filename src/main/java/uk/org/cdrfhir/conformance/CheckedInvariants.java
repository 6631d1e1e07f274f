package uk.org.cdrfhir.conformance;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r5.elementmodel.Element;
import org.hl7.fhir.r5.model.ElementDefinition.ConstraintSeverity;
import org.hl7.fhir.r5.model.ElementDefinition.ElementDefinitionConstraintComponent;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.instance.utils.FHIRPathExpressionFixer;

/**
 * What checking an element against each invariant found, so that an element met again in the same
 * validation (through another profile or slice) is not checked against the same expression twice:
 * upstream's rule, keyed as upstream keys it (the expression as fixed for the FHIR version, and the
 * severity). Upstream derived that key again, a version check included, for every constraint of
 * every element; here once per constraint.
 *
 * <p>One per validator (not thread-safe). The constraints are the loaded package's definitions, which
 * do not change while the validator lives; the findings live on the element, which lives for one
 * validation.
 */
final class CheckedInvariants {

	record Key(String expression, ConstraintSeverity severity) {
	}

	private static final String FINDINGS = CheckedInvariants.class.getName();

	private final String fhirVersion;
	private final Map<ElementDefinitionConstraintComponent, Key> keys = new IdentityHashMap<>();

	CheckedInvariants(String fhirVersion) {
		this.fhirVersion = fhirVersion;
	}

	Key keyOf(ElementDefinitionConstraintComponent constraint) {
		return keys.computeIfAbsent(constraint, checked -> new Key(
				FHIRPathExpressionFixer.fixExpr(checked.getExpression(), checked.getKey(), fhirVersion), checked.getSeverity()));
	}

	/** The messages found so far on this element, by invariant; changes are kept. */
	@SuppressWarnings("unchecked")
	Map<Key, List<ValidationMessage>> findingsOn(Element element) {
		Map<Key, List<ValidationMessage>> findings = (Map<Key, List<ValidationMessage>>) element.getUserData(FINDINGS);
		if (findings == null) {
			findings = new HashMap<>();
			element.setUserData(FINDINGS, findings);
		}
		return findings;
	}
}
