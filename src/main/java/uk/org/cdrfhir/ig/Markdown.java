package uk.org.cdrfhir.ig;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Visitor;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown to HTML for the guide's pages and the definitions' descriptions (FHIR's
 * {@code markdown} type). Raw HTML in the source is escaped and unsafe link schemes dropped, so the
 * output is safe to insert unescaped; templates call it as {@code @markdown.toHtml(...)}.
 */
@Component("markdown")
public class Markdown {

	private final Parser parser;
	private final HtmlRenderer renderer;

	public Markdown() {
		List<Extension> extensions = List.of(TablesExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build();
	}

	public String toHtml(String markdown) {
		return markdown == null ? "" : renderer.render(parser.parse(markdown));
	}

	/** Renders after {@code rewriter} has visited (and may have changed) the parsed document. */
	String toHtml(String markdown, Visitor rewriter) {
		Node document = parser.parse(markdown);
		document.accept(rewriter);
		return renderer.render(document);
	}
}
