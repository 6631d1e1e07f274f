package uk.org.cdrfhir.conformance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.hl7.fhir.instance.model.api.IBaseResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.FhirContext;

/**
 * A reproducible corpus of requests no server should store or answer with a 5xx: mutations of the
 * guide's examples and of test notifications ({@link NotificationMutator}), bodies cut short or with
 * bytes corrupted, the wrong content types and charsets, huge strings and numbers, and Unicode edge
 * cases, to the endpoints a client writes to. The same seed gives the same corpus.
 */
final class BadInputCorpus {

	/** One request: method, path under /fhir, Content-Type (null: none), body, and what it is. */
	record BadRequest(String method, String path, String contentType, byte[] body, String description) {
	}

	private static final String JSON = "application/fhir+json";
	private static final String XML = "application/fhir+xml";
	private static final ObjectMapper MAPPER = new ObjectMapper();
	/** Strings a sender's bug or an attacker could put anywhere a string goes. */
	private static final List<String> UNICODE_EDGES = List.of(
			"\uD800", "\uDFFF", "a\uD83D", "\u0000", "nul\u0000byte", "\u202Eright-to-left override", "\u200B\u200C\u200D",
			"\uFEFFbyte order mark", "\uFFFF\uFFFE", "e\u0301\u0301\u0301\u0301\u0301\u0301", "\uD83D\uDC76\uD83C\uDFFD",
			"\u1F600", "\r\n\r\n<script>alert(1)</script>", "' OR '1'='1", "${jndi:ldap://127.0.0.1/x}",
			"\u00A0\u2028\u2029", "%00%0d%0a", "\\u0000", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u0085next line");
	private static final List<String> HUGE_NUMBERS = List.of("1e400", "-1e400", "99999999999999999999999999999999999999",
			"1" + "0".repeat(5000), "0." + "0".repeat(5000) + "1", "NaN", "Infinity", "-0", "1.7976931348623157e309",
			"123456789012345678901234567890.123456789");
	private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/json", "application/xml",
			"application/fhir+json; charset=UTF-16", "application/fhir+json; charset=ISO-8859-1",
			"application/fhir+json; charset=no-such-charset", "application/fhir+xml; charset=UTF-32",
			"multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/octet-stream",
			"application/fhir+json; fhirVersion=3.0", "*/*", ";;;", "application/fhir+ndjson", "image/png");

	private final Random random;
	private final FhirContext fhirContext;
	private final NotificationMutator mutator;
	private final List<JsonNode> notifications = new ArrayList<>();
	private final List<JsonNode> others = new ArrayList<>();
	private JsonNode message;

	BadInputCorpus(long seed, FhirContext fhirContext, Map<String, IBaseResource> examples, List<String> testNotifications) {
		this.random = new Random(seed);
		this.fhirContext = fhirContext;
		this.mutator = new NotificationMutator(seed);
		examples.forEach((name, example) -> {
			JsonNode json = json(fhirContext.newJsonParser().encodeResourceToString(example));
			((ObjectNode) json).remove("id");
			if (name.startsWith("Bundle-notification-message")) {
				message = json;
			} else if (name.startsWith("Bundle-notification")) {
				notifications.add(json);
			} else if (!name.startsWith("Bundle-acknowledgement")) {
				others.add(json);
			}
		});
		testNotifications.forEach(notification -> notifications.add(json(notification)));
	}

	List<BadRequest> generate() {
		List<BadRequest> corpus = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			NotificationMutator.Mutated mutated = mutator.mutate(pick(notifications));
			corpus.add(new BadRequest("POST", "/Bundle", JSON, bytes(mutated.document()), "notification " + mutated.mutations()));
		}
		for (int i = 0; i < 20; i++) {
			NotificationMutator.Mutated mutated = mutator.mutate(message);
			corpus.add(new BadRequest("POST", "/$process-message", JSON, bytes(mutated.document()), "message " + mutated.mutations()));
		}
		for (int i = 0; i < 40; i++) {
			JsonNode example = pick(others);
			NotificationMutator.Mutated mutated = mutator.mutate(example);
			String type = example.path("resourceType").asText();
			corpus.add(random.nextBoolean()
					? new BadRequest("POST", "/" + type, JSON, bytes(mutated.document()), type + " " + mutated.mutations())
					: new BadRequest("PUT", "/" + type + "/corpus-" + i, JSON, bytes(withId(mutated.document(), "corpus-" + i)),
							"update " + type + " " + mutated.mutations()));
		}
		for (int i = 0; i < 30; i++) {
			byte[] whole = random.nextInt(3) == 0 ? xml(pick(notifications)) : bytes(pick(notifications));
			int cut = 1 + random.nextInt(whole.length - 1);
			corpus.add(new BadRequest("POST", "/Bundle", whole[0] == '<' ? XML : JSON, Arrays.copyOf(whole, cut),
					"notification cut after " + cut + " of " + whole.length + " bytes"));
		}
		for (int i = 0; i < 30; i++) {
			byte[] body = bytes(pick(notifications));
			int flips = 1 + random.nextInt(8);
			for (int flip = 0; flip < flips; flip++) {
				body[random.nextInt(body.length)] = (byte) (0x80 + random.nextInt(0x80)); // invalid UTF-8 where it lands
			}
			corpus.add(new BadRequest("POST", "/Bundle", JSON, body, "notification with " + flips + " corrupted bytes"));
		}
		for (String contentType : CONTENT_TYPES) {
			corpus.add(new BadRequest("POST", "/Bundle", contentType, bytes(pick(notifications)),
					"notification as " + contentType));
			corpus.add(new BadRequest("POST", "/Patient", contentType, bytes(patient()), "Patient as " + contentType));
		}
		corpus.add(new BadRequest("POST", "/Bundle", null, bytes(pick(notifications)), "notification without a content type"));
		corpus.add(new BadRequest("POST", "/Bundle", JSON, utf16(pick(notifications)), "notification in UTF-16, said to be UTF-8"));
		corpus.add(new BadRequest("POST", "/Bundle", XML, bytes(pick(notifications)), "JSON said to be XML"));
		corpus.add(new BadRequest("POST", "/Bundle", JSON, xml(pick(notifications)), "XML said to be JSON"));
		for (int i = 0; i < 30; i++) {
			JsonNode notification = pick(notifications).deepCopy();
			String huge = random.nextBoolean() ? "x".repeat(1 + random.nextInt(2_000_000)) : pick(UNICODE_EDGES).repeat(10_000);
			String where = replaceRandomString(notification, huge);
			corpus.add(new BadRequest("POST", "/Bundle", JSON, bytes(notification), "huge string at " + where));
		}
		for (int i = 0; i < 30; i++) {
			String number = pick(HUGE_NUMBERS);
			String body = random.nextBoolean()
					? "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
							+ "\"valueQuantity\":{\"value\":" + number + "}}"
					: "{\"resourceType\":\"Patient\",\"multipleBirthInteger\":" + number + "}";
			String type = body.contains("Observation") ? "Observation" : "Patient";
			corpus.add(new BadRequest("POST", "/" + type, JSON, body.getBytes(StandardCharsets.UTF_8), "number " + abbreviate(number)));
			if (i % 3 == 0) {
				JsonNode notification = pick(notifications).deepCopy();
				String where = replaceRandomString(notification, number);
				byte[] withNumber = notification.toString().replace("\"" + number + "\"", number).getBytes(StandardCharsets.UTF_8);
				corpus.add(new BadRequest("POST", "/Bundle", JSON, withNumber, "number where a string goes: " + where));
			}
		}
		for (int i = 0; i < 40; i++) {
			JsonNode notification = pick(notifications).deepCopy();
			String edge = pick(UNICODE_EDGES);
			String where = replaceRandomString(notification, edge);
			corpus.add(new BadRequest("POST", "/Bundle", JSON, bytes(notification), "unicode edge at " + where));
		}
		for (int i = 0; i < 10; i++) {
			JsonNode transaction = json("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"fullUrl\":\"urn:uuid:"
					+ UUID.nameUUIDFromBytes(("corpus" + i).getBytes(StandardCharsets.UTF_8))
					+ "\",\"request\":{\"method\":\"POST\",\"url\":\"Bundle\"}}]}");
			((ObjectNode) transaction.path("entry").get(0)).set("resource", mutator.mutate(pick(notifications)).document());
			corpus.add(new BadRequest("POST", "", JSON, bytes(transaction), "transaction holding a mutated notification"));
		}
		return corpus;
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** Puts {@code value} in place of a randomly chosen string of the document; returns where. */
	private String replaceRandomString(JsonNode document, String value) {
		List<String> paths = new ArrayList<>();
		List<ObjectNode> holders = new ArrayList<>();
		collectStrings(document, "", paths, holders);
		int chosen = random.nextInt(paths.size());
		String path = paths.get(chosen);
		holders.get(chosen).put(path.substring(path.lastIndexOf('.') + 1), value);
		return path;
	}

	private static void collectStrings(JsonNode node, String path, List<String> paths, List<ObjectNode> holders) {
		if (node.isObject()) {
			node.fields().forEachRemaining(field -> {
				if (field.getValue().isTextual() && !field.getKey().equals("resourceType")) {
					paths.add(path + "." + field.getKey());
					holders.add((ObjectNode) node);
				} else {
					collectStrings(field.getValue(), path + "." + field.getKey(), paths, holders);
				}
			});
		} else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				collectStrings(node.get(i), path + "[" + i + "]", paths, holders);
			}
		}
	}

	private JsonNode patient() {
		return others.stream().filter(json -> json.path("resourceType").asText().equals("Patient")).findFirst().orElseThrow();
	}

	private static JsonNode withId(JsonNode document, String id) {
		JsonNode copy = document.deepCopy();
		if (copy.isObject()) {
			((ObjectNode) copy).put("id", id);
		}
		return copy;
	}

	private byte[] xml(JsonNode document) {
		IBaseResource resource = fhirContext.newJsonParser().parseResource(document.toString());
		return fhirContext.newXmlParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] utf16(JsonNode document) {
		return document.toString().getBytes(StandardCharsets.UTF_16);
	}

	private static byte[] bytes(JsonNode document) {
		return document.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static JsonNode json(String text) {
		try {
			return MAPPER.readTree(text);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
	}
}
