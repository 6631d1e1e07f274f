package uk.org.cdrfhir.panel;

import java.util.List;

import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/** A stored summary as its printed and HTML forms show it: each section's title and lines, as text. */
public record PrintedSummary(String title, String status, List<Section> sections) {

	public record Section(String title, List<String> lines) {
	}

	static PrintedSummary of(Composition summary) {
		return new PrintedSummary(summary.getTitle(),
				summary.getStatus() == Composition.CompositionStatus.FINAL ? "Reviewed at panel" : "Before panel review",
				summary.getSection().stream()
						.map(section -> new Section(section.getTitle(), section.getText().getDiv().getChildNodes().stream()
								.map(XhtmlNode::allText).toList()))
						.toList());
	}
}
