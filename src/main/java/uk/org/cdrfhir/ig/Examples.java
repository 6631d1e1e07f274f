package uk.org.cdrfhir.ig;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.hl7.fhir.r4.model.ImplementationGuide.ImplementationGuideDefinitionResourceComponent;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import uk.org.cdrfhir.conformance.CdrPackage;

/** The package's examples, valid and invalid, prepared once at start-up. */
@Service
public class Examples {

	private final Map<String, Example> byFile = new LinkedHashMap<>();
	private final List<InvalidExample> invalid;

	public Examples(CdrPackage cdrPackage, FhirContext fhirContext) {
		Map<String, ImplementationGuideDefinitionResourceComponent> listed = listedInGuide(cdrPackage);
		FhirTerser terser = fhirContext.newTerser();
		for (Map.Entry<String, IBaseResource> file : cdrPackage.examples().entrySet()) {
			IBaseResource resource = file.getValue();
			String reference = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
			ImplementationGuideDefinitionResourceComponent inGuide = listed.get(reference);
			byFile.put(file.getKey(), new Example(file.getKey(), resource.fhirType(), resource.getIdElement().getIdPart(),
					inGuide == null ? reference : inGuide.getName(), inGuide == null ? null : inGuide.getDescription(),
					conformsTo(terser, resource),
					fhirContext.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource)));
		}
		this.invalid = StreamSupport.stream(cdrPackage.invalidExamples().spliterator(), false)
				.map(Examples::invalidExample)
				.toList();
	}

	public List<Example> all() {
		return List.copyOf(byFile.values());
	}

	public Optional<Example> byFile(String file) {
		return Optional.ofNullable(byFile.get(file));
	}

	/** The examples that claim the profile, or use the extension, with this canonical URL. */
	public List<Example> conformingTo(String canonical) {
		return byFile.values().stream().filter(example -> example.conformsTo().contains(canonical)).toList();
	}

	public List<InvalidExample> invalid() {
		return invalid;
	}

	/** The examples the ImplementationGuide lists, by reference ({@code Patient/child-isla-marsh}). */
	private static Map<String, ImplementationGuideDefinitionResourceComponent> listedInGuide(CdrPackage cdrPackage) {
		return cdrPackage.conformanceResources(ImplementationGuide.class).stream()
				.flatMap(guide -> guide.getDefinition().getResource().stream())
				.filter(resource -> resource.hasExampleCanonicalType()
						|| (resource.hasExampleBooleanType() && resource.getExampleBooleanType().booleanValue()))
				.collect(Collectors.toMap(resource -> resource.getReference().getReference(), resource -> resource,
						(first, second) -> first));
	}

	private static Set<String> conformsTo(FhirTerser terser, IBaseResource resource) {
		Set<String> canonicals = new LinkedHashSet<>();
		collectConformsTo(terser, resource, canonicals);
		return canonicals;
	}

	/** A document or message claims its profile, and the resources in its entries claim theirs. */
	private static void collectConformsTo(FhirTerser terser, IBaseResource resource, Set<String> canonicals) {
		resource.getMeta().getProfile().forEach(profile -> canonicals.add(profile.getValue()));
		terser.getAllPopulatedChildElementsOfType(resource, Extension.class)
				.forEach(extension -> canonicals.add(extension.getUrl()));
		if (resource instanceof Bundle bundle) {
			bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
					.forEach(entry -> collectConformsTo(terser, entry.getResource(), canonicals));
		}
	}

	private static InvalidExample invalidExample(JsonNode entry) {
		JsonNode expected = entry.path("expectedError");
		return new InvalidExample(entry.path("name").asText(), entry.path("base").asText(), entry.path("breaks").asText(),
				expected.path("messageContains").asText(), expected.path("location").asText());
	}
}
