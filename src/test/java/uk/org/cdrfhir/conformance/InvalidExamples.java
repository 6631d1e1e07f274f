package uk.org.cdrfhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hl7.fhir.instance.model.api.IBaseResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.context.FhirContext;

/**
 * The contract's invalid examples: {@code profiles/invalid-examples/manifest.json} lists each as a
 * valid example with a JSON Patch that breaks exactly one rule, and the error it must cause.
 */
final class InvalidExamples {

	private static final Path MANIFEST = Path.of("profiles/invalid-examples/manifest.json");
	private static final ObjectMapper JSON = new ObjectMapper();

	private InvalidExamples() {
	}

	static List<JsonNode> manifest() throws IOException {
		return List.of(JSON.treeToValue(JSON.readTree(Files.readAllBytes(MANIFEST)), JsonNode[].class));
	}

	/** The invalid example as JSON text: its base example with the patch applied. */
	static String json(JsonNode entry, FhirContext fhirContext, CdrPackage cdrPackage) throws IOException {
		IBaseResource base = cdrPackage.examples().get(entry.path("base").asText());
		assertThat(base).as("base example " + entry.path("base").asText()).isNotNull();
		JsonNode document = JSON.readTree(fhirContext.newJsonParser().encodeResourceToString(base));
		return JSON.writeValueAsString(JsonPatch.apply(document, entry.path("patch")));
	}

	static IBaseResource resource(JsonNode entry, FhirContext fhirContext, CdrPackage cdrPackage) throws IOException {
		return fhirContext.newJsonParser().parseResource(json(entry, fhirContext, cdrPackage));
	}

	static boolean isNotification(JsonNode entry) {
		return entry.path("base").asText().startsWith("Bundle-notification-");
	}

	static String expectedMessage(JsonNode entry) {
		return entry.path("expectedError").path("messageContains").asText();
	}

	static String expectedLocation(JsonNode entry) {
		return entry.path("expectedError").path("location").asText();
	}
}
