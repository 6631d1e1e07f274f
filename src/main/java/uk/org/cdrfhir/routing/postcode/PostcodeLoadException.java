package uk.org.cdrfhir.routing.postcode;

/** A load of the postcode directory failed; the directory keeps its previous content. */
public class PostcodeLoadException extends RuntimeException {

	PostcodeLoadException(String message, Throwable cause) {
		super(message, cause);
	}
}
