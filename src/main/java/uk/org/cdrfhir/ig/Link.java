package uk.org.cdrfhir.ig;

/** A label, linked to a page of this guide when {@code href} is set, plain text otherwise. */
public record Link(String label, String href) {

	public static Link text(String label) {
		return new Link(label, null);
	}
}
