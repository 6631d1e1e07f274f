package uk.org.cdrfhir.ig;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;

/**
 * A profile's element table and invariants, read from its snapshot: the definition the validator
 * checks instances against. The differential only decides which rows count as constrained.
 */
@Component
public class ElementTable {

	/** Marks the FHIR type of the primitive system types in a snapshot, e.g. of {@code Patient.id}. */
	private static final String FHIR_TYPE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type";

	private final CanonicalLinks links;
	private final FhirContext fhirContext;

	public ElementTable(CanonicalLinks links, FhirContext fhirContext) {
		this.links = links;
		this.fhirContext = fhirContext;
	}

	/** Every element of the snapshot when {@code all}, otherwise those the differential constrains. */
	public List<ElementRow> rows(StructureDefinition profile, boolean all) {
		Set<String> constrainedIds = profile.getDifferential().getElement().stream()
				.map(ElementDefinition::getId)
				.collect(Collectors.toSet());
		return profile.getSnapshot().getElement().stream()
				.filter(element -> all || constrainedIds.contains(element.getId()))
				.map(element -> row(element, constrainedIds.contains(element.getId())))
				.toList();
	}

	/** The invariants the profile itself declares (not those inherited from base FHIR), once each. */
	public List<Invariant> invariants(StructureDefinition profile) {
		Set<String> ownKeys = profile.getDifferential().getElement().stream()
				.flatMap(element -> element.getConstraint().stream())
				.map(ElementDefinition.ElementDefinitionConstraintComponent::getKey)
				.collect(Collectors.toSet());
		Map<String, Invariant> byKey = new LinkedHashMap<>();
		for (ElementDefinition element : profile.getSnapshot().getElement()) {
			for (ElementDefinition.ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
				if (ownKeys.contains(constraint.getKey())) {
					byKey.putIfAbsent(constraint.getKey(), new Invariant(constraint.getKey(),
							constraint.getSeverity().toCode(), constraint.getHuman(), constraint.getExpression(), element.getId()));
				}
			}
		}
		return List.copyOf(byKey.values());
	}

	private ElementRow row(ElementDefinition element, boolean constrained) {
		boolean bound = element.hasBinding();
		return new ElementRow(
				element.getId(),
				(int) element.getPath().chars().filter(c -> c == '.').count(),
				element.getMin() + ".." + element.getMax(),
				element.getType().stream().map(this::type).toList(),
				bound ? element.getBinding().getStrength().toCode() : null,
				bound && element.getBinding().hasValueSet() ? links.to(element.getBinding().getValueSet()) : null,
				element.getShort(),
				element.getMustSupport(),
				fixedOrPattern(element),
				constrained);
	}

	private ElementRow.ElementType type(TypeRefComponent type) {
		String code = type.hasExtension(FHIR_TYPE_EXTENSION) ? type.getExtensionString(FHIR_TYPE_EXTENSION) : type.getCode();
		List<Link> profiles = Stream.concat(type.getProfile().stream(), type.getTargetProfile().stream())
				.map(canonical -> links.to(canonical.getValue()))
				.toList();
		return new ElementRow.ElementType(code, profiles);
	}

	private String fixedOrPattern(ElementDefinition element) {
		if (element.hasFixed()) {
			return "fixed: " + render(element.getFixed());
		}
		if (element.hasPattern()) {
			return "pattern: " + render(element.getPattern());
		}
		return null;
	}

	private String render(Type value) {
		return value.isPrimitive() ? value.primitiveValue() : fhirContext.newJsonParser().encodeToString(value);
	}
}
