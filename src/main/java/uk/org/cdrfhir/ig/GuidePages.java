package uk.org.cdrfhir.ig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.hl7.fhir.r4.model.ImplementationGuide;
import org.hl7.fhir.r4.model.ImplementationGuide.ImplementationGuideDefinitionPageComponent;
import org.springframework.stereotype.Service;

import uk.org.cdrfhir.conformance.CdrPackage;

/**
 * The guide's Markdown pages, rendered once at start-up, in the order and with the titles the
 * ImplementationGuide resource gives them. Only these names are ever served, so a page name from
 * a URL can never reach the file system.
 */
@Service
public class GuidePages {

	public static final String INDEX = "index";

	/** A link between pages as the sources write it, e.g. {@code notification.md#sections}. */
	private static final Pattern PAGE_LINK = Pattern.compile("^([A-Za-z0-9-]+)\\.md(#.*)?$");

	private final Map<String, GuidePage> pages = new LinkedHashMap<>();

	public GuidePages(CdrPackage cdrPackage, Markdown renderer) {
		Map<String, String> markdown = cdrPackage.pages();
		Map<String, String> titles = titles(cdrPackage);
		// the guide's order first, then any page it does not list
		List<String> names = new ArrayList<>(titles.keySet());
		names.retainAll(markdown.keySet());
		markdown.keySet().stream().filter(name -> !names.contains(name)).forEach(names::add);
		for (String name : names) {
			String html = renderer.toHtml(markdown.get(name), new PageLinkRewriter(markdown.keySet()));
			pages.put(name, new GuidePage(name, titles.getOrDefault(name, name), html));
		}
	}

	public List<GuidePage> all() {
		return List.copyOf(pages.values());
	}

	public Optional<GuidePage> page(String name) {
		return Optional.ofNullable(pages.get(name));
	}

	/** Page titles by page name ({@code nameUrl} without {@code .html}), in the guide's order. */
	private static Map<String, String> titles(CdrPackage cdrPackage) {
		Map<String, String> titles = new LinkedHashMap<>();
		cdrPackage.conformanceResources(ImplementationGuide.class).stream()
				.findFirst()
				.ifPresent(guide -> collectTitles(guide.getDefinition().getPage(), titles));
		return titles;
	}

	private static void collectTitles(ImplementationGuideDefinitionPageComponent page, Map<String, String> titles) {
		if (page.hasNameUrlType() && page.getNameUrlType().getValue().endsWith(".html")) {
			titles.put(page.getNameUrlType().getValue().replaceFirst("\\.html$", ""), page.getTitle());
		}
		page.getPage().forEach(child -> collectTitles(child, titles));
	}

	/** Points links between the Markdown files at the pages served here. */
	private static final class PageLinkRewriter extends AbstractVisitor {

		private final Set<String> pageNames;

		PageLinkRewriter(Set<String> pageNames) {
			this.pageNames = pageNames;
		}

		@Override
		public void visit(Link link) {
			Matcher matcher = PAGE_LINK.matcher(link.getDestination());
			if (matcher.matches() && pageNames.contains(matcher.group(1))) {
				link.setDestination(GuidePage.hrefOf(matcher.group(1)) + (matcher.group(2) == null ? "" : matcher.group(2)));
			}
			visitChildren(link);
		}
	}
}
