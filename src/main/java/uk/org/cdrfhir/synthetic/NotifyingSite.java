package uk.org.cdrfhir.synthetic;

/** Hospital sites that notify the footprint's child deaths, with the trust that sends the notification. */
public enum NotifyingSite {

	LUTON_AND_DUNSTABLE("RC971", Ods.SITE_CODE, "Luton and Dunstable University Hospital", "Lewsey Road", "Luton",
			"LU4 0DZ", SendingTrust.BEDFORDSHIRE_HOSPITALS),
	BEDFORD_SOUTH_WING("RC979", Ods.SITE_CODE, "Bedford Hospital South Wing", "Kempston Road", "Bedford", "MK42 9DJ",
			SendingTrust.BEDFORDSHIRE_HOSPITALS),
	MILTON_KEYNES_UNIVERSITY_HOSPITAL("RD8", Ods.ORGANIZATION_CODE, "Milton Keynes University Hospital",
			"Standing Way, Eaglestone", "Milton Keynes", "MK6 5LD", SendingTrust.MILTON_KEYNES_UNIVERSITY_HOSPITAL);

	private final String odsCode;
	private final String odsSystem;
	private final String siteName;
	private final String street;
	private final String city;
	private final String postcode;
	private final SendingTrust trust;

	NotifyingSite(String odsCode, String odsSystem, String siteName, String street, String city, String postcode,
			SendingTrust trust) {
		this.odsCode = odsCode;
		this.odsSystem = odsSystem;
		this.siteName = siteName;
		this.street = street;
		this.city = city;
		this.postcode = postcode;
		this.trust = trust;
	}

	/** The site's ODS code; Milton Keynes is identified by its trust's organisation code. */
	public String odsCode() {
		return odsCode;
	}

	String odsSystem() {
		return odsSystem;
	}

	public String siteName() {
		return siteName;
	}

	String street() {
		return street;
	}

	String city() {
		return city;
	}

	String postcode() {
		return postcode;
	}

	public SendingTrust trust() {
		return trust;
	}

	/** The NHS trusts whose systems send notifications, each with its own notification identifier system. */
	public enum SendingTrust {

		BEDFORDSHIRE_HOSPITALS("RC9", "Bedfordshire Hospitals NHS Foundation Trust",
				"https://fhir.bedfordshirehospitals.nhs.uk/Id/cdr-notification", "01632 960000"),
		MILTON_KEYNES_UNIVERSITY_HOSPITAL("RD8", "Milton Keynes University Hospital NHS Foundation Trust",
				"https://fhir.mkuh.nhs.uk/Id/cdr-notification", "01632 960500");

		private final String odsCode;
		private final String name;
		private final String notificationIdentifierSystem;
		private final String switchboard;

		SendingTrust(String odsCode, String name, String notificationIdentifierSystem, String switchboard) {
			this.odsCode = odsCode;
			this.name = name;
			this.notificationIdentifierSystem = notificationIdentifierSystem;
			this.switchboard = switchboard;
		}

		public String odsCode() {
			return odsCode;
		}

		public String organisationName() {
			return name;
		}

		public String notificationIdentifierSystem() {
			return notificationIdentifierSystem;
		}

		String switchboard() {
			return switchboard;
		}
	}

	static final class Ods {
		static final String SITE_CODE = "https://fhir.nhs.uk/Id/ods-site-code";
		static final String ORGANIZATION_CODE = "https://fhir.nhs.uk/Id/ods-organization-code";

		private Ods() {
		}
	}
}
