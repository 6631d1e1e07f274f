package uk.org.cdrfhir.support;

/** The demo systems of the embedded authorization server (application-dev.yaml), one per role. */
public enum DemoClient {
	NOTIFIER("demo-epr-bedford-hospital", "demo-epr-secret", "system/Bundle.c system/Bundle.rs"),
	DOCTOR_BEDFORDSHIRE("demo-doctor-system-bedfordshire", "demo-doctor-bedfordshire-secret", "system/*.rs system/Task.cu system/EpisodeOfCare.u system/QuestionnaireResponse.cu system/Observation.cu system/Communication.c"),
	DOCTOR_LUTON("demo-doctor-system-luton", "demo-doctor-luton-secret", "system/*.rs system/Task.cu system/EpisodeOfCare.u system/QuestionnaireResponse.cu system/Observation.cu system/Communication.c"),
	CDR_MANAGER("demo-cdr-manager-system", "demo-manager-secret", "system/*.cruds"),
	PANEL_MEMBER("demo-panel-system", "demo-panel-secret", "system/Composition.rs"),
	ICS_ANALYST("demo-ics-platform", "demo-ics-secret", "system/MeasureReport.rs system/Measure.rs"),
	ADMINISTRATOR("demo-admin-system", "demo-admin-secret", "system/*.cruds");

	private final String clientId;
	private final String secret;
	private final String scopes;

	DemoClient(String clientId, String secret, String scopes) {
		this.clientId = clientId;
		this.secret = secret;
		this.scopes = scopes;
	}

	/** The scopes it asks for: all those registered for it. */
	public String scopes() {
		return scopes;
	}

	public String clientId() {
		return clientId;
	}

	public String secret() {
		return secret;
	}
}
