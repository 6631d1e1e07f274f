package uk.org.cdrfhir.ig;

/** Asked for a page, profile, code system or example the guide does not have. */
public class GuideEntryNotFoundException extends RuntimeException {

	public GuideEntryNotFoundException(String what) {
		super(what);
	}
}
