package uk.org.cdrfhir.synthetic;

/** The NHS Data Dictionary ethnic categories of the cdr-ethnic-category value set, with a plausible local mix. */
enum EthnicCategory {

	WHITE_BRITISH("A", "White - British"),
	WHITE_IRISH("B", "White - Irish"),
	WHITE_OTHER("C", "White - Any other White background"),
	MIXED_WHITE_BLACK_CARIBBEAN("D", "Mixed - White and Black Caribbean"),
	MIXED_WHITE_BLACK_AFRICAN("E", "Mixed - White and Black African"),
	MIXED_WHITE_ASIAN("F", "Mixed - White and Asian"),
	MIXED_OTHER("G", "Mixed - Any other mixed background"),
	INDIAN("H", "Asian or Asian British - Indian"),
	PAKISTANI("J", "Asian or Asian British - Pakistani"),
	BANGLADESHI("K", "Asian or Asian British - Bangladeshi"),
	ASIAN_OTHER("L", "Asian or Asian British - Any other Asian background"),
	CARIBBEAN("M", "Black or Black British - Caribbean"),
	AFRICAN("N", "Black or Black British - African"),
	BLACK_OTHER("P", "Black or Black British - Any other Black background"),
	CHINESE("R", "Other Ethnic Groups - Chinese"),
	OTHER("S", "Other Ethnic Groups - Any other ethnic group"),
	NOT_STATED("Z", "Not stated"),
	NOT_KNOWN("99", "Not known");

	static final String SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

	/** Luton's children are among the most diverse in the East of England (large Pakistani and Bangladeshi communities). */
	static final Weighted<EthnicCategory> LUTON = Weighted.of(WHITE_BRITISH, 32).or(WHITE_IRISH, 1).or(WHITE_OTHER, 9)
			.or(MIXED_WHITE_BLACK_CARIBBEAN, 4).or(MIXED_WHITE_BLACK_AFRICAN, 2).or(MIXED_WHITE_ASIAN, 2)
			.or(MIXED_OTHER, 3).or(INDIAN, 4).or(PAKISTANI, 18).or(BANGLADESHI, 9).or(ASIAN_OTHER, 3)
			.or(CARIBBEAN, 2).or(AFRICAN, 6).or(BLACK_OTHER, 1).or(CHINESE, 0.5).or(OTHER, 2).or(NOT_STATED, 2)
			.or(NOT_KNOWN, 1);
	static final Weighted<EthnicCategory> ELSEWHERE = Weighted.of(WHITE_BRITISH, 66).or(WHITE_IRISH, 1)
			.or(WHITE_OTHER, 7).or(MIXED_WHITE_BLACK_CARIBBEAN, 2).or(MIXED_WHITE_BLACK_AFRICAN, 1)
			.or(MIXED_WHITE_ASIAN, 2).or(MIXED_OTHER, 2).or(INDIAN, 4).or(PAKISTANI, 3).or(BANGLADESHI, 2)
			.or(ASIAN_OTHER, 2).or(CARIBBEAN, 1).or(AFRICAN, 3).or(BLACK_OTHER, 0.5).or(CHINESE, 0.5).or(OTHER, 1)
			.or(NOT_STATED, 2).or(NOT_KNOWN, 1);

	private final String code;
	private final String display;

	EthnicCategory(String code, String display) {
		this.code = code;
		this.display = display;
	}

	String code() {
		return code;
	}

	String display() {
		return display;
	}
}
