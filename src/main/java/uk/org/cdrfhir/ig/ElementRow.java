package uk.org.cdrfhir.ig;

import java.util.List;

/**
 * One element of a profile's snapshot, as a row of its element table.
 *
 * @param id the element id, with slice names (e.g. {@code Patient.identifier:nhsNumber.system})
 * @param depth how deep the element sits under the root, for indenting
 * @param bindingStrength {@code null} when the element has no binding
 * @param fixedOrPattern e.g. {@code fixed: document}; {@code null} when there is none
 * @param constrained whether the profile's differential says something about this element
 */
public record ElementRow(String id, int depth, String cardinality, List<ElementType> types, String bindingStrength,
		Link valueSet, String shortDescription, boolean mustSupport, String fixedOrPattern, boolean constrained) {

	/** A type of an element, with the profiles it must conform to (or, for references, point to). */
	public record ElementType(String code, List<Link> profiles) {
	}
}
