package uk.org.cdrfhir.web;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A notification document as its sender wrote it, for people: the Composition's title, date and
 * author, and each section with its entries said in a line (not JSON).
 */
public record NotificationView(String id, String title, String received, String sentBy, List<Section> sections) {

	/** A section of the document and the records in it, one line each. */
	public record Section(String title, List<String> lines) {
	}

	static NotificationView of(Bundle document, ZoneId zone) {
		Map<String, Resource> entries = new HashMap<>();
		for (Bundle.BundleEntryComponent entry : document.getEntry()) {
			if (entry.getResource() != null) {
				entries.put(entry.getFullUrl(), entry.getResource());
				entries.put(entry.getResource().fhirType() + "/" + entry.getResource().getIdElement().getIdPart(), entry.getResource());
			}
		}
		Composition composition = document.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Composition.class::isInstance).map(Composition.class::cast).findFirst().orElse(new Composition());
		String sentBy = composition.getAuthor().stream().map(author -> describe(author, entries, zone))
				.reduce((a, b) -> a + "; " + b).orElse("");
		List<Section> sections = composition.getSection().stream().map(section -> new Section(
				section.hasTitle() ? section.getTitle() : Readable.concept(section.getCode()),
				section.getEntry().stream().map(entry -> describe(entry, entries, zone)).filter(Objects::nonNull).toList()))
				.toList();
		return new NotificationView(document.getIdPart(), composition.hasTitle() ? composition.getTitle() : "Notification",
				Readable.dateTime(document.getMeta().getLastUpdated(), zone), sentBy, sections);
	}

	private static String describe(Reference reference, Map<String, Resource> entries, ZoneId zone) {
		Resource resource = entries.get(reference.getReference());
		return resource == null ? Readable.reference(reference) : Readable.summary(resource, zone);
	}
}
