package uk.org.cdrfhir.ig;

import java.util.Comparator;
import java.util.List;

import org.hl7.fhir.r4.model.StructureDefinition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.org.cdrfhir.conformance.CdrPackage;

/**
 * The implementation guide as web pages at {@code /ig}, rendered from the package the validator
 * uses ({@link CdrPackage}), so the pages cannot drift from what the server enforces.
 */
@Controller
@RequestMapping("/ig")
public class ImplementationGuideController {

	private static final String EXTENSION_TYPE = "Extension";

	private final CdrPackage cdrPackage;
	private final GuidePages pages;
	private final ElementTable elementTable;
	private final CanonicalLinks links;
	private final Terminology terminology;
	private final Examples examples;

	public ImplementationGuideController(CdrPackage cdrPackage, GuidePages pages, ElementTable elementTable,
			CanonicalLinks links, Terminology terminology, Examples examples) {
		this.cdrPackage = cdrPackage;
		this.pages = pages;
		this.elementTable = elementTable;
		this.links = links;
		this.terminology = terminology;
		this.examples = examples;
	}

	@GetMapping
	public String index(Model model) {
		model.addAttribute("page", pages.page(GuidePages.INDEX).orElseThrow(() -> new GuideEntryNotFoundException("The home page")));
		model.addAttribute("pages", pages.all());
		model.addAttribute("packageName", cdrPackage.name());
		model.addAttribute("packageVersion", cdrPackage.version());
		model.addAttribute("canonicalBase", CdrPackage.CANONICAL_BASE);
		model.addAttribute("section", "home");
		return "ig/index";
	}

	@GetMapping("/pages/{name}")
	public String page(@PathVariable String name, Model model) {
		model.addAttribute("page", pages.page(name).orElseThrow(() -> new GuideEntryNotFoundException("The page " + name)));
		model.addAttribute("pages", pages.all());
		model.addAttribute("section", "home");
		return "ig/page";
	}

	@GetMapping("/profiles")
	public String profiles(Model model) {
		List<StructureDefinition> definitions = cdrPackage.conformanceResources(StructureDefinition.class).stream()
				.sorted(Comparator.comparing(StructureDefinition::getTitle))
				.toList();
		model.addAttribute("profiles", definitions.stream().filter(sd -> !EXTENSION_TYPE.equals(sd.getType())).toList());
		model.addAttribute("extensions", definitions.stream().filter(sd -> EXTENSION_TYPE.equals(sd.getType())).toList());
		model.addAttribute("section", "profiles");
		return "ig/profiles";
	}

	@GetMapping("/profiles/{id}")
	public String profile(@PathVariable String id, @RequestParam(defaultValue = "false") boolean all, Model model) {
		StructureDefinition profile = cdrPackage.structureDefinition(id)
				.orElseThrow(() -> new GuideEntryNotFoundException("The profile " + id));
		model.addAttribute("profile", profile);
		model.addAttribute("extension", EXTENSION_TYPE.equals(profile.getType()));
		model.addAttribute("base", links.to(profile.getBaseDefinition()));
		model.addAttribute("all", all);
		model.addAttribute("rows", elementTable.rows(profile, all));
		model.addAttribute("invariants", elementTable.invariants(profile));
		model.addAttribute("examples", examples.conformingTo(profile.getUrl()));
		model.addAttribute("section", EXTENSION_TYPE.equals(profile.getType()) ? "extensions" : "profiles");
		return "ig/profile";
	}

	@GetMapping("/terminology")
	public String terminology(Model model) {
		model.addAttribute("valueSets", terminology.valueSets());
		model.addAttribute("codeSystems", terminology.codeSystems());
		model.addAttribute("section", "terminology");
		return "ig/terminology";
	}

	@GetMapping("/terminology/{id}")
	public String terminologyEntry(@PathVariable String id, Model model) {
		List<TerminologyEntry> entries = terminology.byId(id);
		if (entries.isEmpty()) {
			throw new GuideEntryNotFoundException("The code system or value set " + id);
		}
		model.addAttribute("id", id);
		model.addAttribute("entries", entries);
		model.addAttribute("section", "terminology");
		return "ig/terminology-entry";
	}

	@GetMapping("/examples")
	public String examples(Model model) {
		model.addAttribute("examples", examples.all());
		model.addAttribute("invalidExamples", examples.invalid());
		model.addAttribute("section", "examples");
		return "ig/examples";
	}

	@GetMapping("/examples/{file}")
	public String example(@PathVariable String file, Model model) {
		Example example = examples.byFile(file).orElseThrow(() -> new GuideEntryNotFoundException("The example " + file));
		model.addAttribute("example", example);
		model.addAttribute("profiles", example.conformsTo().stream().map(links::to).toList());
		model.addAttribute("section", "examples");
		return "ig/example";
	}

	@ExceptionHandler(GuideEntryNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	public String notFound(GuideEntryNotFoundException notFound, Model model) {
		model.addAttribute("what", notFound.getMessage());
		return "ig/not-found";
	}
}
