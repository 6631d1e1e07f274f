package uk.org.cdrfhir.conformance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.springframework.stereotype.Component;

/**
 * The display of a code as the package's code system defines it. A summary never shows the display
 * a sender or form wrote beside a code: that is free text, and free text is where names hide.
 */
@Component
public class CodeDisplays {

	private final Map<String, String> displays = new HashMap<>();

	public CodeDisplays(CdrPackage cdrPackage) {
		for (CodeSystem system : cdrPackage.conformanceResources(CodeSystem.class)) {
			addAll(system.getUrl(), system.getConcept());
		}
	}

	/** Concepts and the concepts nested under them (e.g. neonatal-unit under hospital). */
	private void addAll(String system, List<CodeSystem.ConceptDefinitionComponent> concepts) {
		for (CodeSystem.ConceptDefinitionComponent concept : concepts) {
			displays.put(key(system, concept.getCode()), concept.getDisplay());
			addAll(system, concept.getConcept());
		}
	}

	/** The coding with only its system, code and the package's display; empty when the package does not define it. */
	public Optional<Coding> defined(Coding coding) {
		return Optional.ofNullable(displays.get(key(coding.getSystem(), coding.getCode())))
				.map(display -> new Coding(coding.getSystem(), coding.getCode(), display));
	}

	private static String key(String system, String code) {
		return system + "|" + code;
	}
}
