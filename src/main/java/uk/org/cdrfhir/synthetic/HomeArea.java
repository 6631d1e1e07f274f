package uk.org.cdrfhir.synthetic;

/** Where a synthetic child normally lived, as routing will see it. */
public enum HomeArea {

	BEDFORD("Bedford", "E06000055"),
	CENTRAL_BEDFORDSHIRE("Central Bedfordshire", "E06000056"),
	LUTON("Luton", "E06000032"),
	MILTON_KEYNES("Milton Keynes", "E06000042"),
	ELSEWHERE_IN_ENGLAND("Elsewhere in England", null),
	POSTCODE_NOT_IN_DIRECTORY("Postcode not in the directory", null),
	NO_POSTCODE("No postcode (residence unknown)", null),
	OUTSIDE_ENGLAND("Outside England", null);

	private final String label;
	private final String gssCode;

	HomeArea(String label, String gssCode) {
		this.label = label;
		this.gssCode = gssCode;
	}

	public String label() {
		return label;
	}

	/** The local authority's GSS code for the named areas; null for the others. */
	String gssCode() {
		return gssCode;
	}
}
