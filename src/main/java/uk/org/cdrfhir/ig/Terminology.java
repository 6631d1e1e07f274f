package uk.org.cdrfhir.ig;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.springframework.stereotype.Service;

import uk.org.cdrfhir.conformance.CdrPackage;

/** The package's code systems and value sets with their codes. */
@Service
public class Terminology {

	private final CdrPackage cdrPackage;

	public Terminology(CdrPackage cdrPackage) {
		this.cdrPackage = cdrPackage;
	}

	public List<TerminologyEntry> codeSystems() {
		return cdrPackage.conformanceResources(CodeSystem.class).stream().map(this::entry).toList();
	}

	public List<TerminologyEntry> valueSets() {
		return cdrPackage.conformanceResources(ValueSet.class).stream().map(this::entry).toList();
	}

	/** A value set and a code system may share an id (a value set of all of one system's codes). */
	public List<TerminologyEntry> byId(String id) {
		return Stream.concat(valueSets().stream(), codeSystems().stream())
				.filter(entry -> entry.id().equals(id))
				.toList();
	}

	private TerminologyEntry entry(CodeSystem codeSystem) {
		List<TerminologyEntry.Code> codes = new ArrayList<>();
		addConcepts(codeSystem.getUrl(), codeSystem.getConcept(), codes);
		return new TerminologyEntry("CodeSystem", codeSystem.getIdElement().getIdPart(), codeSystem.getUrl(),
				codeSystem.getTitle(), codeSystem.getDescription(), codes);
	}

	private TerminologyEntry entry(ValueSet valueSet) {
		List<TerminologyEntry.Code> codes = new ArrayList<>();
		for (ConceptSetComponent include : valueSet.getCompose().getInclude()) {
			Optional<CodeSystem> system = codeSystem(include.getSystem());
			if (include.hasConcept()) {
				include.getConcept().forEach(concept -> codes.add(new TerminologyEntry.Code(include.getSystem(),
						concept.getCode(), concept.getDisplay(),
						system.map(cs -> definition(cs.getConcept(), concept.getCode())).orElse(null))));
			} else {
				system.ifPresent(cs -> addConcepts(cs.getUrl(), cs.getConcept(), codes));
			}
		}
		return new TerminologyEntry("ValueSet", valueSet.getIdElement().getIdPart(), valueSet.getUrl(),
				valueSet.getTitle(), valueSet.getDescription(), codes);
	}

	private Optional<CodeSystem> codeSystem(String url) {
		return cdrPackage.conformanceResources(CodeSystem.class).stream().filter(cs -> cs.getUrl().equals(url)).findFirst();
	}

	/** Flattens a hierarchy of concepts, parents first. */
	private static void addConcepts(String system, List<ConceptDefinitionComponent> concepts, List<TerminologyEntry.Code> codes) {
		for (ConceptDefinitionComponent concept : concepts) {
			codes.add(new TerminologyEntry.Code(system, concept.getCode(), concept.getDisplay(), concept.getDefinition()));
			addConcepts(system, concept.getConcept(), codes);
		}
	}

	private static String definition(List<ConceptDefinitionComponent> concepts, String code) {
		for (ConceptDefinitionComponent concept : concepts) {
			if (concept.getCode().equals(code)) {
				return concept.getDefinition();
			}
			String nested = definition(concept.getConcept(), code);
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}
}
