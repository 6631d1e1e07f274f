package uk.org.cdrfhir.conformance;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.utilities.Utilities;

/**
 * The resource types each Bundle entry slice allows, read once from its profile and shared by every
 * validation (thread-safe). Keyed by the slice's definition object: those are the loaded package's,
 * which do not change while the server runs, so there are as many keys as entry slices at most.
 */
final class EntrySliceTypes {

	private final Map<ElementDefinition, Set<String>> typesBySlice = new ConcurrentHashMap<>();

	/** The resource types the slice's {@code resource} allows; empty if it allows any. */
	Set<String> allowedBy(StructureDefinition profile, ElementDefinition slice) {
		return typesBySlice.computeIfAbsent(slice, key -> read(profile, key));
	}

	private static Set<String> read(StructureDefinition profile, ElementDefinition slice) {
		String resourceId = slice.getId() + ".resource";
		Set<String> types = new HashSet<>();
		for (ElementDefinition element : profile.getSnapshot().getElement()) {
			if (resourceId.equals(element.getId())) {
				for (TypeRefComponent type : element.getType()) {
					if (Utilities.existsInList(type.getWorkingCode(), "Resource", "DomainResource")) {
						return Set.of();
					}
					types.add(type.getWorkingCode());
				}
			}
		}
		return Set.copyOf(types);
	}
}
