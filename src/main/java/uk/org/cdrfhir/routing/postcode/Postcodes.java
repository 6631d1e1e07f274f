package uk.org.cdrfhir.routing.postcode;

import java.util.Locale;

/** The one normal form of a postcode used for storage and lookup. */
public final class Postcodes {

	/** Longest normalised postcode the directory stores (UK postcodes have at most 7 characters). */
	public static final int MAX_LENGTH = 8;

	private Postcodes() {
	}

	/** Upper case without any whitespace: {@code " lu4  0dz "} becomes {@code "LU40DZ"}; null gives "". */
	public static String normalise(String postcode) {
		if (postcode == null) {
			return "";
		}
		StringBuilder normalised = new StringBuilder(postcode.length());
		for (int i = 0; i < postcode.length(); i++) {
			char c = postcode.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				normalised.append(c);
			}
		}
		return normalised.toString().toUpperCase(Locale.ROOT);
	}
}
