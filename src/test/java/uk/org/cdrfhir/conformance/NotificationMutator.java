package uk.org.cdrfhir.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Breaks FHIR JSON documents the ways senders get them wrong, reproducibly (the same seed gives the
 * same mutations): elements dropped, duplicated and reordered; wrong codes and systems; values of the
 * wrong JSON type; a single value where a list belongs and the reverse; references to nothing, to the
 * wrong type of resource or not references at all; dates and identifiers that break invariants.
 */
final class NotificationMutator {

	enum Mutation {
		DROP, DUPLICATE, REORDER, WRONG_CODE, WRONG_TYPE, WRONG_CARDINALITY, WRONG_REFERENCE, BROKEN_INVARIANT
	}

	/** The mutated document and what was done to it, for the report of a difference. */
	record Mutated(JsonNode document, List<String> mutations) {
	}

	/** Where a value sits: in an object under a field name, or in an array at an index. */
	private record Slot(JsonNode container, String field, int index, String path) {
		JsonNode value() {
			return field != null ? container.get(field) : container.get(index);
		}

		void set(JsonNode value) {
			if (field != null) {
				((ObjectNode) container).set(field, value);
			} else {
				((ArrayNode) container).set(index, value);
			}
		}

		void remove() {
			if (field != null) {
				((ObjectNode) container).remove(field);
			} else {
				((ArrayNode) container).remove(index);
			}
		}

	}

	private static final int MAX_MUTATIONS_PER_DOCUMENT = 3;
	private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");
	private static final List<String> WRONG_DATES = List.of("2099-01-01", "1800-01-01", "2026-02-30", "2026-13-01T10:00:00Z",
			"2026-06-01T25:00:00+00:00", "yesterday");
	private static final List<String> WRONG_CODES = List.of("not-a-code", "", "UNKNOWN", "Unexpected", "99999999");
	private static final List<String> WRONG_SYSTEMS = List.of("http://example.org/unknown-system", "urn:oid:1.2.3", "not a uri");
	private static final List<String> WRONG_IDENTIFIER_VALUES = List.of("123", "9434765918", "0000000000", "ABCDEFGHIJ", " ");
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Random random;

	NotificationMutator(long seed) {
		this.random = new Random(seed);
	}

	/** A copy of {@code original} with one to a few mutations, each of a randomly chosen kind. */
	Mutated mutate(JsonNode original) {
		JsonNode document = original.deepCopy();
		List<String> done = new ArrayList<>();
		int count = 1 + random.nextInt(MAX_MUTATIONS_PER_DOCUMENT);
		while (done.size() < count) {
			Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
			String what = apply(mutation, document);
			if (what != null) {
				done.add(mutation + " " + what);
			}
		}
		return new Mutated(document, done);
	}

	/** Applies the mutation somewhere it fits; null if the document has no such place. */
	private String apply(Mutation mutation, JsonNode document) {
		return switch (mutation) {
			case DROP -> withSlot(document, slot -> slot.field() != null && !isRootType(document, slot), slot -> {
				slot.remove();
				return "removed";
			});
			case DUPLICATE -> withSlot(document, slot -> slot.field() == null, slot -> {
				((ArrayNode) slot.container()).insert(slot.index(), slot.value().deepCopy());
				return "duplicated";
			});
			case REORDER -> withSlot(document, slot -> slot.value().isArray() && slot.value().size() > 1, slot -> {
				ArrayNode list = (ArrayNode) slot.value();
				int other = 1 + random.nextInt(list.size() - 1);
				JsonNode first = list.get(0);
				list.set(0, list.get(other));
				list.set(other, first);
				return "swapped items 0 and " + other;
			});
			case WRONG_CODE -> withSlot(document, slot -> slot.value().isTextual() && ("code".equals(slot.field()) || "system".equals(slot.field())),
					slot -> {
						String wrong = pick("code".equals(slot.field()) ? WRONG_CODES : WRONG_SYSTEMS);
						slot.set(TextNode.valueOf(wrong));
						return "set to '" + wrong + "'";
					});
			case WRONG_TYPE -> withSlot(document, slot -> slot.value().isValueNode() && !isRootType(document, slot), slot -> {
				JsonNode wrong = slot.value().isTextual()
						? pick(List.of(NODES.numberNode(42), NODES.booleanNode(true), NODES.objectNode().put("value", slot.value().asText())))
						: TextNode.valueOf(slot.value().asText() + "x");
				slot.set(wrong);
				return "set to " + wrong;
			});
			case WRONG_CARDINALITY -> withSlot(document, slot -> slot.field() != null && !isRootType(document, slot)
					&& (!slot.value().isArray() || slot.value().size() == 1), slot -> {
						if (slot.value().isArray()) {
							slot.set(slot.value().get(0));
							return "list of one made a single value";
						}
						slot.set(NODES.arrayNode().add(slot.value().deepCopy()).add(slot.value().deepCopy()));
						return "single value made a list of two";
					});
			case WRONG_REFERENCE -> withSlot(document, slot -> "reference".equals(slot.field()) && slot.value().isTextual(), slot -> {
				String wrong = pick(List.of("urn:uuid:" + new UUID(random.nextLong(), random.nextLong()), "Patient/unknown-patient",
						"not a reference", otherFullUrl(document, slot.value().asText())));
				slot.set(TextNode.valueOf(wrong));
				return "set to '" + wrong + "'";
			});
			case BROKEN_INVARIANT -> withSlot(document, slot -> slot.value().isTextual()
					&& (DATE.matcher(slot.value().asText()).matches() || "value".equals(slot.field())), slot -> {
						String wrong = pick(DATE.matcher(slot.value().asText()).matches() ? WRONG_DATES : WRONG_IDENTIFIER_VALUES);
						slot.set(TextNode.valueOf(wrong));
						return "set to '" + wrong + "'";
					});
		};
	}

	private interface Change {
		String apply(Slot slot);
	}

	private String withSlot(JsonNode document, Predicate<Slot> fits, Change change) {
		List<Slot> candidates = new ArrayList<>();
		collect(document, "", fits, candidates);
		if (candidates.isEmpty()) {
			return null;
		}
		Slot chosen = candidates.get(random.nextInt(candidates.size()));
		return "at " + chosen.path() + ": " + change.apply(chosen);
	}

	private static void collect(JsonNode node, String path, Predicate<Slot> fits, List<Slot> slots) {
		if (node.isObject()) {
			List<String> fields = new ArrayList<>();
			node.fieldNames().forEachRemaining(fields::add);
			for (String field : fields) {
				visit(new Slot(node, field, -1, path + "/" + field), fits, slots);
			}
		} else if (node.isArray()) {
			for (int index = 0; index < node.size(); index++) {
				visit(new Slot(node, null, index, path + "/" + index), fits, slots);
			}
		}
	}

	private static void visit(Slot slot, Predicate<Slot> fits, List<Slot> slots) {
		if (fits.test(slot)) {
			slots.add(slot);
		}
		collect(slot.value(), slot.path(), fits, slots);
	}

	/** The root's resourceType: without it there is nothing to validate. */
	private static boolean isRootType(JsonNode document, Slot slot) {
		return slot.container() == document && "resourceType".equals(slot.field());
	}

	/** The fullUrl of another entry of the Bundle (a target of another type), or a dangling one. */
	private String otherFullUrl(JsonNode document, String current) {
		List<String> others = new ArrayList<>();
		for (JsonNode entry : document.path("entry")) {
			String fullUrl = entry.path("fullUrl").asText();
			if (!fullUrl.isEmpty() && !fullUrl.equals(current)) {
				others.add(fullUrl);
			}
		}
		return others.isEmpty() ? "urn:uuid:" + new UUID(random.nextLong(), random.nextLong()) : pick(others);
	}

	private <T> T pick(List<T> options) {
		return options.get(random.nextInt(options.size()));
	}
}
