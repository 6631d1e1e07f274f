package uk.org.cdrfhir.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The add, replace and remove operations of RFC 6902 JSON Patch, enough to apply the invalid
 * examples' patches (each breaks one rule of a valid example).
 */
final class JsonPatch {

	private JsonPatch() {
	}

	static JsonNode apply(JsonNode document, JsonNode patch) {
		JsonNode result = document.deepCopy();
		for (JsonNode operation : patch) {
			String path = operation.path("path").asText();
			int split = path.lastIndexOf('/');
			JsonNode parent = result.at(path.substring(0, split));
			String key = path.substring(split + 1).replace("~1", "/").replace("~0", "~");
			if (parent.isMissingNode()) {
				throw new IllegalArgumentException("No parent for " + path);
			}
			switch (operation.path("op").asText()) {
				case "remove" -> remove(parent, key, path);
				case "replace" -> {
					remove(parent, key, path);
					add(parent, key, operation.get("value"));
				}
				case "add" -> add(parent, key, operation.get("value"));
				default -> throw new IllegalArgumentException("Unsupported op in " + operation);
			}
		}
		return result;
	}

	private static void remove(JsonNode parent, String key, String path) {
		if (parent instanceof ArrayNode array) {
			array.remove(Integer.parseInt(key));
		} else if (((ObjectNode) parent).remove(key) == null) {
			throw new IllegalArgumentException("Nothing at " + path);
		}
	}

	private static void add(JsonNode parent, String key, JsonNode value) {
		if (parent instanceof ArrayNode array) {
			if ("-".equals(key)) {
				array.add(value);
			} else {
				array.insert(Integer.parseInt(key), value);
			}
		} else {
			((ObjectNode) parent).set(key, value);
		}
	}
}
