package uk.org.cdrfhir.fhir;

/** Canonical URLs of the cdr-fhir package (its canonical base, its profiles, extensions and code systems) that the server's own code writes and reads. */
public final class CdrUrls {

	public static final String BASE = "https://cdr-fhir.org.uk/fhir";

	public static final String CASE_PROFILE = BASE + "/StructureDefinition/cdr-case";
	public static final String TASK_PROFILE = BASE + "/StructureDefinition/cdr-task";
	public static final String CHILD_PROFILE = BASE + "/StructureDefinition/cdr-child";
	public static final String REPORTING_FORM_REQUEST_PROFILE = BASE + "/StructureDefinition/cdr-reporting-form-request";
	public static final String REPORTING_FORM_RESPONSE_PROFILE = BASE + "/StructureDefinition/cdr-reporting-form-response";
	public static final String ANALYSIS_RESPONSE_PROFILE = BASE + "/StructureDefinition/cdr-analysis-response";
	public static final String PANEL_MEETING_PROFILE = BASE + "/StructureDefinition/cdr-panel-meeting";

	/** The package's forms (Questionnaires) start with this. */
	public static final String FORM_BASE = BASE + "/Questionnaire/";
	public static final String ANALYSIS_FORM = FORM_BASE + "cdr-analysis-form";

	public static final String REVIEW_STAGE = BASE + "/StructureDefinition/review-stage";
	public static final String RESPONSIBLE_AREA = BASE + "/StructureDefinition/responsible-area";
	public static final String ROUTING_OUTCOME = BASE + "/StructureDefinition/routing-outcome";
	public static final String CASE_NOTIFICATION = BASE + "/StructureDefinition/case-notification";
	public static final String LOCAL_AUTHORITY = BASE + "/StructureDefinition/local-authority";
	public static final String FAILURE_MESSAGE = BASE + "/StructureDefinition/failure-message";
	public static final String REPORTING_FORM_REQUEST = BASE + "/StructureDefinition/reporting-form-request";

	public static final String REVIEW_STAGE_SYSTEM = BASE + "/CodeSystem/cdr-review-stage";
	public static final String ROUTING_OUTCOME_SYSTEM = BASE + "/CodeSystem/cdr-routing-outcome";
	public static final String TASK_TYPE_SYSTEM = BASE + "/CodeSystem/cdr-task-type";
	public static final String DEATH_DETAIL_SYSTEM = BASE + "/CodeSystem/cdr-death-detail";
	public static final String EXPECTEDNESS_SYSTEM = BASE + "/CodeSystem/cdr-expectedness";
	public static final String AGENCY_SYSTEM = BASE + "/CodeSystem/cdr-agency";
	public static final String TASK_IO_SYSTEM = BASE + "/CodeSystem/cdr-task-io";
	public static final String PLACE_OF_DEATH_TYPE_SYSTEM = BASE + "/CodeSystem/cdr-place-of-death-type";
	public static final String CASE_NUMBER_SYSTEM = BASE + "/Id/case-number";

	public static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
	public static final String GSS_SYSTEM = "http://statistics.data.gov.uk/id/statistical-geography";

	private CdrUrls() {
	}
}
