package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.PropertyRepresentation;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.validation.instance.utils.ElementInfo;

/**
 * Whether an element's children meet the cardinalities of their definitions, counted as upstream's
 * {@code InstanceValidator.checkCardinalities} counts them: a child counts for a definition if it
 * was assigned to it or to one of its slices, the same object or the same element id. Upstream
 * compared every child with every definition and slice, reading each one's id, cardinality and
 * representation again every time (a tenth of a notification's validation); here the bounds of each
 * list of child definitions are read once, and each check counts the children once. Only the answer
 * "all hold" is used; where one does not, upstream's check runs and says what is wrong in its words.
 *
 * <p>One per validator (not thread-safe). It keeps the bounds of each list of child definitions it
 * meets, by the definitions in it (upstream builds some lists anew for each element: a choice of
 * types merged with its type's children); the definitions are the loaded package's, which do not
 * change while the validator lives, so there are as many lists as definitions at most.
 */
final class ChildCardinalities {

	/** A definition that limits its children: how many it needs and allows, and what counts for it. */
	private record Bound(int min, int max, Set<String> ids, Set<ElementDefinition> withoutId) {
	}

	/** A list of definitions, equal to another holding the same definitions (the same objects) in the same order. */
	private record Definitions(StructureDefinition profile, List<ElementDefinition> list, int hash) {
		static Definitions of(StructureDefinition profile, List<ElementDefinition> list) {
			int hash = System.identityHashCode(profile);
			for (ElementDefinition definition : list) {
				hash = 31 * hash + System.identityHashCode(definition);
			}
			return new Definitions(profile, list, hash);
		}

		@Override
		public boolean equals(Object other) {
			if (!(other instanceof Definitions that) || that.hash != hash || that.profile != profile
					|| that.list.size() != list.size()) {
				return false;
			}
			for (int index = 0; index < list.size(); index++) {
				if (that.list.get(index) != list.get(index)) {
					return false;
				}
			}
			return true;
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}

	private final Map<Definitions, List<Bound>> bounds = new HashMap<>();

	boolean allHold(StructureDefinition profile, List<ElementDefinition> definitions, List<ElementInfo> children) {
		Map<String, Integer> countById = new HashMap<>();
		Map<ElementDefinition, Integer> countWithoutId = new IdentityHashMap<>();
		for (ElementInfo child : children) {
			ElementDefinition definition = child.getDefinition();
			if (definition == null) {
				continue;
			}
			if (definition.hasId()) {
				countById.merge(definition.getId(), 1, Integer::sum);
			} else {
				countWithoutId.merge(definition, 1, Integer::sum);
			}
		}
		for (Bound bound : boundsOf(profile, definitions)) {
			int count = 0;
			for (String id : bound.ids()) {
				count += countById.getOrDefault(id, 0);
			}
			for (ElementDefinition definition : bound.withoutId()) {
				count += countWithoutId.getOrDefault(definition, 0);
			}
			if (count < bound.min() || count > bound.max()) {
				return false;
			}
		}
		return true;
	}

	private List<Bound> boundsOf(StructureDefinition profile, List<ElementDefinition> definitions) {
		return bounds.computeIfAbsent(Definitions.of(profile, definitions), key -> readBounds(profile, definitions));
	}

	private static List<Bound> readBounds(StructureDefinition profile, List<ElementDefinition> definitions) {
		List<Bound> found = new ArrayList<>();
		for (ElementDefinition definition : definitions) {
			if (definition.hasRepresentation(PropertyRepresentation.XHTML)
					|| definition.hasRepresentation(PropertyRepresentation.XMLTEXT)) {
				continue; // not counted upstream either
			}
			int max = !definition.hasMax() || "*".equals(definition.getMax()) ? Integer.MAX_VALUE
					: Integer.parseInt(definition.getMax());
			if (definition.getMin() == 0 && max == Integer.MAX_VALUE) {
				continue;
			}
			Set<String> ids = new LinkedHashSet<>();
			Set<ElementDefinition> withoutId = Collections.newSetFromMap(new IdentityHashMap<>());
			for (ElementDefinition counted : definition.hasSlicing() ? withSlices(profile, definition) : List.of(definition)) {
				if (counted.hasId()) {
					ids.add(counted.getId());
				} else {
					withoutId.add(counted);
				}
			}
			found.add(new Bound(definition.getMin(), max, ids, withoutId));
		}
		return found;
	}

	/** The definition and its slices: what follows it in the profile's snapshot with its path (upstream's getSliceList). */
	private static List<ElementDefinition> withSlices(StructureDefinition profile, ElementDefinition sliced) {
		List<ElementDefinition> elements = profile.getSnapshot().getElement();
		List<ElementDefinition> found = new ArrayList<>(List.of(sliced));
		String path = sliced.getPath();
		for (int index = indexIn(elements, sliced) + 1; index < elements.size(); index++) {
			String elementPath = elements.get(index).getPath();
			if (elementPath.equals(path)) {
				found.add(elements.get(index));
			} else if (!elementPath.startsWith(path + ".")) {
				break;
			}
		}
		return found;
	}

	/** Where the definition is in the snapshot: the same object, else the last with its id, else -1 (as upstream). */
	private static int indexIn(List<ElementDefinition> elements, ElementDefinition definition) {
		for (int index = 0; index < elements.size(); index++) {
			if (elements.get(index) == definition) {
				return index;
			}
		}
		int found = -1;
		for (int index = 0; index < elements.size(); index++) {
			if (elements.get(index).getId().equals(definition.getId())) {
				found = index;
			}
		}
		return found;
	}
}
