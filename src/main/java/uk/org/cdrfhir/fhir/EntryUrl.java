package uk.org.cdrfhir.fhir;

/**
 * A batch or transaction entry's request URL, relative to the server's base ({@code Task?code=jar},
 * {@code /Patient/12/$everything}): its path without the leading slash, and its query string (null
 * when it has none).
 */
public record EntryUrl(String path, String query) {

	public static EntryUrl of(String url) {
		int question = url.indexOf('?');
		String path = (question < 0 ? url : url.substring(0, question)).replaceFirst("^/", "");
		return new EntryUrl(path, question < 0 ? null : url.substring(question + 1));
	}
}
