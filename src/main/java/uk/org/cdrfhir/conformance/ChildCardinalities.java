package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hl7.fhir.r5.conformance.profile.ProfileUtilities;
import org.hl7.fhir.r5.model.ElementDefinition;
import org.hl7.fhir.r5.model.ElementDefinition.PropertyRepresentation;
import org.hl7.fhir.r5.model.StructureDefinition;
import org.hl7.fhir.validation.instance.utils.ElementInfo;

/**
 * Whether an element's children meet the cardinalities of their definitions, counted as upstream's
 * {@code InstanceValidator.checkCardinalities} counts them (org.hl7.fhir.validation 6.7.9): a child
 * counts for a definition if it was assigned to it or to one of its slices
 * ({@code ProfileUtilities.getSliceList}), the same object or the same element id; definitions
 * represented as XHTML or XML text are not counted. Upstream compared every child with every
 * definition and slice, reading each one's id, cardinality and representation again every time;
 * here the bounds of each list of child definitions are read once, and each check counts the
 * children once. Only the answer "all hold" is used; where one does not, upstream's check runs and
 * says what is wrong in its words. Should upstream count differently, the two would disagree on
 * some document: {@code StockValidatorDifferentialTest} (duplicated, dropped and wrongly repeated
 * elements) is there to see it.
 *
 * <p>One per server, shared by every validation (thread-safe). It keeps the bounds of each list of
 * child definitions it meets, by the definitions in it (upstream builds some lists anew for each
 * element: a choice of types merged with its type's children); the definitions are the loaded
 * package's, which do not change while the server runs, so there are as many lists as definitions at
 * most.
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

	private final ProfileUtilities profiles;
	private final Map<Definitions, List<Bound>> bounds = new ConcurrentHashMap<>();

	ChildCardinalities(ProfileUtilities profiles) {
		this.profiles = profiles;
	}

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

	private List<Bound> readBounds(StructureDefinition profile, List<ElementDefinition> definitions) {
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
			List<ElementDefinition> counted = new ArrayList<>(List.of(definition));
			if (definition.hasSlicing()) {
				counted.addAll(profiles.getSliceList(profile, definition));
			}
			for (ElementDefinition countedFor : counted) {
				if (countedFor.hasId()) {
					ids.add(countedFor.getId());
				} else {
					withoutId.add(countedFor);
				}
			}
			found.add(new Bound(definition.getMin(), max, ids, withoutId));
		}
		return found;
	}
}
