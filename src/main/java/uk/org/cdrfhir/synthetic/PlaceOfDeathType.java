package uk.org.cdrfhir.synthetic;

/** The cdr-place-of-death-type codes. */
public enum PlaceOfDeathType {

	HOSPITAL("hospital", "Hospital"),
	HOME("home", "Home"),
	HOSPICE("hospice", "Hospice"),
	PUBLIC_PLACE("public-place", "Public place"),
	OTHER("other", "Other");

	private final String code;
	private final String display;

	PlaceOfDeathType(String code, String display) {
		this.code = code;
		this.display = display;
	}

	public String code() {
		return code;
	}

	public String display() {
		return display;
	}
}
