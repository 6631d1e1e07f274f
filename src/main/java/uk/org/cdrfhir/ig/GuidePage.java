package uk.org.cdrfhir.ig;

/** A narrative page of the guide; {@code html} is rendered from Markdown with raw HTML escaped. */
public record GuidePage(String name, String title, String html) {

	public String href() {
		return hrefOf(name);
	}

	/** The index is the guide's home page; every other page sits under {@code /ig/pages/}. */
	public static String hrefOf(String name) {
		return GuidePages.INDEX.equals(name) ? "/ig" : "/ig/pages/" + name;
	}
}
