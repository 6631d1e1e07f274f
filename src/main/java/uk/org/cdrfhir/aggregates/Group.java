package uk.org.cdrfhir.aggregates;

/** The groups of the cdr-child-deaths Measure: which date of a case puts it in the period. */
enum Group {
	NOTIFIED("notified", "notified_on"),
	DIED("died", "died_on"),
	REVIEWED("reviewed", "reviewed_on");

	private final String code;
	private final String dateColumn;

	Group(String code, String dateColumn) {
		this.code = code;
		this.dateColumn = dateColumn;
	}

	String code() {
		return code;
	}

	String dateColumn() {
		return dateColumn;
	}
}
