package uk.org.cdrfhir.routing.postcode;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Resolves a full postcode to its local authority, from the ONS directory loaded by
 * {@link PostcodeDirectoryLoader}. Each lookup is one primary-key read (well under a millisecond).
 */
@Component
public class PostcodeDirectory {

	private final PostcodeTable table;

	public PostcodeDirectory(PostcodeTable table) {
		this.table = table;
	}

	/**
	 * The local authority of a postcode written in any case and spacing ({@code lu40dz},
	 * {@code " LU4  0DZ "}); empty when the directory does not know it.
	 */
	public Optional<PostcodeArea> lookup(String postcode) {
		String normalised = Postcodes.normalise(postcode);
		if (normalised.isEmpty() || normalised.length() > Postcodes.MAX_LENGTH) {
			return Optional.empty();
		}
		return table.find(normalised);
	}
}
