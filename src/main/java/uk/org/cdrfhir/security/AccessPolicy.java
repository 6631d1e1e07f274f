package uk.org.cdrfhir.security;

import static uk.org.cdrfhir.security.Interaction.CREATE;
import static uk.org.cdrfhir.security.Interaction.DELETE;
import static uk.org.cdrfhir.security.Interaction.HISTORY;
import static uk.org.cdrfhir.security.Interaction.READ;
import static uk.org.cdrfhir.security.Interaction.SEARCH;
import static uk.org.cdrfhir.security.Interaction.UPDATE;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * The role matrix of the architecture, as one table: which role may do what to which resource
 * type, how its searches are narrowed, and which stored records it may see. Anything not granted
 * here is refused. The SMART scopes of the token can only narrow it further.
 */
@Component
public class AccessPolicy {

	public static final String PANEL_SUMMARY_PROFILE = CdrUrls.BASE + "/StructureDefinition/cdr-panel-summary";

	/** Definitions everyone signed in may read; only the administrator changes them. */
	static final Set<String> CONFORMANCE = Set.of("StructureDefinition", "ValueSet", "CodeSystem", "SearchParameter",
			"Questionnaire", "Measure", "ImplementationGuide", "ConceptMap", "NamingSystem", "OperationDefinition",
			"CompartmentDefinition", "CapabilityStatement");
	/** The footprint's organisations and roles (configuration, not case data). */
	static final Set<String> DIRECTORY = Set.of("PractitionerRole", "Organization", "Practitioner");
	/** What a designated doctor may create in their own area's cases (labelled with that area). */
	static final Set<String> DOCTOR_CREATES = Set.of("Task", "QuestionnaireResponse", "Observation", "Communication");
	static final Set<String> DOCTOR_UPDATES = Set.of("Task", "EpisodeOfCare", "QuestionnaireResponse", "Observation");
	/** Operations on data (anything else, e.g. $expunge or $reindex, is refused to every role). */
	static final Set<String> DEFINITION_OPERATIONS = Set.of("$expand", "$lookup", "$validate-code", "$subsumes",
			"$snapshot", "$translate");

	private static final EnumSet<Interaction> READS = EnumSet.of(READ, SEARCH);
	private static final EnumSet<Interaction> ALL = EnumSet.of(READ, SEARCH, CREATE, UPDATE, DELETE, HISTORY);

	/** The decision on a request, with the reason told to a refused caller. */
	public record Decision(boolean allowed, String reason) {
		static final Decision ALLOW = new Decision(true, null);

		static Decision deny(String reason) {
			return new Decision(false, reason);
		}
	}

	/** May the caller's role do this interaction on this type (operations: {@code operation} names it)? */
	public Decision decide(Caller caller, Interaction interaction, String resourceType, String operation) {
		if (interaction == Interaction.OPERATION) {
			return decideOperation(caller, resourceType, operation);
		}
		if (resourceType == null) {
			// whole-server search and history mix every kind of record: nobody's role covers them all
			return Decision.deny("Searching or listing the history of the whole server is not permitted; search a resource type");
		}
		if (!granted(caller.role(), interaction, resourceType)) {
			return Decision.deny("The " + caller.role().claimValue() + " role may not " + interaction.name().toLowerCase()
					+ " " + resourceType + " resources");
		}
		boolean readingDefinitions = CONFORMANCE.contains(resourceType) && READS.contains(interaction);
		if (!readingDefinitions && !caller.scopes().permits(resourceType, interaction.scopeAccess())) {
			// scopes are about data: the published definitions are readable with any valid token
			return Decision.deny("The token's scopes do not allow " + interaction.name().toLowerCase() + " of " + resourceType);
		}
		return Decision.ALLOW;
	}

	private static boolean granted(CdrRole role, Interaction interaction, String type) {
		if (CONFORMANCE.contains(type)) {
			return READS.contains(interaction) || role == CdrRole.ADMINISTRATOR;
		}
		if (type.equals("AuditEvent")) {
			// written by the server only; the administrator reads the log, a doctor who saw their cases
			return READS.contains(interaction) && (role == CdrRole.ADMINISTRATOR || role == CdrRole.DESIGNATED_DOCTOR);
		}
		if (type.equals("Subscription")) {
			return role == CdrRole.ADMINISTRATOR;
		}
		if (DIRECTORY.contains(type)) {
			return role == CdrRole.ADMINISTRATOR
					|| (READS.contains(interaction) && (role == CdrRole.CDR_MANAGER || role == CdrRole.DESIGNATED_DOCTOR));
		}
		return switch (role) {
			case CDR_MANAGER -> ALL.contains(interaction);
			// history: of single records only (the access rules refuse type and server history to partial views)
			case DESIGNATED_DOCTOR -> READS.contains(interaction) || interaction == HISTORY
					|| (interaction == CREATE && DOCTOR_CREATES.contains(type))
					|| (interaction == UPDATE && DOCTOR_UPDATES.contains(type));
			case NOTIFIER -> type.equals("Bundle") && (interaction == CREATE || READS.contains(interaction));
			case PANEL_MEMBER -> type.equals("Composition") && READS.contains(interaction);
			case ICS_ANALYST -> type.equals("MeasureReport") && READS.contains(interaction);
			case ADMINISTRATOR -> false;
		};
	}

	private static Decision decideOperation(Caller caller, String resourceType, String operation) {
		CdrRole role = caller.role();
		boolean allowed = switch (operation == null ? "" : operation) {
			case "$process-message" -> (role == CdrRole.NOTIFIER || role == CdrRole.CDR_MANAGER)
					&& caller.scopes().permits("Bundle", SmartScopes.Access.CREATE);
			case "$validate" -> role != CdrRole.PANEL_MEMBER && role != CdrRole.ICS_ANALYST;
			case "$everything" -> role == CdrRole.CDR_MANAGER;
			case "$transfer" -> role == CdrRole.CDR_MANAGER && "EpisodeOfCare".equals(resourceType)
					&& caller.scopes().permits("EpisodeOfCare", SmartScopes.Access.UPDATE);
			// a designated doctor moves their own area's cases through the investigation stages (the
			// review service keeps the panel's stages to the CDR Manager); another area's case is not known
			case "$advance-stage" -> (role == CdrRole.CDR_MANAGER || role == CdrRole.DESIGNATED_DOCTOR)
					&& "EpisodeOfCare".equals(resourceType) && caller.scopes().permits("EpisodeOfCare", SmartScopes.Access.UPDATE);
			case "$request-reports" -> role == CdrRole.CDR_MANAGER && "EpisodeOfCare".equals(resourceType)
					&& caller.scopes().permits("Task", SmartScopes.Access.CREATE);
			case "$record-outcome" -> role == CdrRole.CDR_MANAGER && "Appointment".equals(resourceType)
					&& caller.scopes().permits("EpisodeOfCare", SmartScopes.Access.UPDATE);
			// aggregates only, after disclosure control: the ICS platform and the CDR Manager
			case "$evaluate-measure" -> (role == CdrRole.ICS_ANALYST || role == CdrRole.CDR_MANAGER)
					&& "Measure".equals(resourceType) && caller.scopes().permits("MeasureReport", SmartScopes.Access.READ);
			// the case's stored summary: who may read the case (the summary carries its scope) and the panel
			case "$panel-summary" -> "EpisodeOfCare".equals(resourceType) && (role == CdrRole.CDR_MANAGER
					|| role == CdrRole.DESIGNATED_DOCTOR || role == CdrRole.PANEL_MEMBER)
					&& caller.scopes().permits("Composition", SmartScopes.Access.READ);
			// a meeting's agenda and its cases' stored summaries: the CDR Manager and the panel
			case "$panel-pack" -> "Appointment".equals(resourceType) && (role == CdrRole.CDR_MANAGER || role == CdrRole.PANEL_MEMBER)
					&& caller.scopes().permits("Composition", SmartScopes.Access.READ);
			case "$meta" -> role == CdrRole.CDR_MANAGER || role == CdrRole.ADMINISTRATOR;
			default -> DEFINITION_OPERATIONS.contains(operation) && resourceType != null && CONFORMANCE.contains(resourceType);
		};
		return allowed ? Decision.ALLOW
				: Decision.deny("The operation " + operation + " is not permitted to the " + role.claimValue() + " role");
	}

	/** A search parameter and value ANDed to a caller's searches so that only their records match. */
	public record Narrowing(String parameter, String value) {
	}

	/**
	 * How a search of this type is narrowed for the caller, if it is: a designated doctor's to their
	 * area's records by the review-area label (its own search parameter: see
	 * {@link AccessLabels#REVIEW_AREA_PARAMETER}); a notifier's notifications by the submitter label; a
	 * panel member's compositions to panel summaries.
	 */
	public Optional<Narrowing> narrowing(Caller caller, String resourceType) {
		if (resourceType == null || CONFORMANCE.contains(resourceType) || DIRECTORY.contains(resourceType)) {
			return Optional.empty();
		}
		return switch (caller.role()) {
			case DESIGNATED_DOCTOR -> Optional.of(new Narrowing(AccessLabels.REVIEW_AREA_PARAMETER,
					AccessLabels.searchValue(AccessLabels.reviewArea(caller.area()))));
			case NOTIFIER -> Optional.of(new Narrowing("_security", AccessLabels.searchValue(AccessLabels.submittedBy(caller.clientId()))));
			case PANEL_MEMBER -> resourceType.equals("Composition")
					? Optional.of(new Narrowing("_profile", PANEL_SUMMARY_PROFILE)) : Optional.empty();
			default -> Optional.empty();
		};
	}

	/** May the caller see this stored record (a read, a search result, an included or historical one)? */
	public boolean maySee(Caller caller, IBaseResource resource) {
		String type = resource.fhirType();
		if (type.equals("OperationOutcome")) {
			return true;
		}
		if (!granted(caller.role(), READ, type)) {
			return false;
		}
		return narrowing(caller, type).map(narrowing -> matches(caller, resource, narrowing)).orElse(true);
	}

	/** The stored record as the narrowing's search would have matched it. */
	private static boolean matches(Caller caller, IBaseResource resource, Narrowing narrowing) {
		return switch (narrowing.parameter()) {
			case "_profile" -> resource instanceof Resource r && r.getMeta().hasProfile(narrowing.value());
			default -> AccessLabels.has(resource, caller.role() == CdrRole.NOTIFIER
					? AccessLabels.submittedBy(caller.clientId()) : AccessLabels.reviewArea(caller.area()));
		};
	}

	/**
	 * {@code $validate} of a change to a stored record (of a record named by its id, or with mode
	 * update or delete) looks the record up, and its answer tells whether it exists and what refers
	 * to it: only for roles that see every record and may make that change.
	 */
	public Decision decideValidation(Caller caller, String resourceType, String mode, boolean ofStoredRecord) {
		boolean ofChange = ofStoredRecord || "update".equalsIgnoreCase(mode) || "delete".equalsIgnoreCase(mode);
		if (!ofChange) {
			return Decision.ALLOW;
		}
		Interaction change = "delete".equalsIgnoreCase(mode) ? DELETE : UPDATE;
		return mayUseCrossRecordSearch(caller) && resourceType != null && granted(caller.role(), change, resourceType)
				? Decision.ALLOW
				: Decision.deny("Validating a change to a stored record is not permitted to the " + caller.role().claimValue()
						+ " role; validate a resource without naming a stored one");
	}

	/** May a caller without the CDR Manager's or administrator's reach use searches that reach other records? */
	public boolean mayUseCrossRecordSearch(Caller caller) {
		return seesAllRecords(caller.role());
	}

	/**
	 * May the role send batches and transactions of any interaction? Only roles that see all records:
	 * such entries are checked for what they do, not narrowed to the caller's records. Other roles may
	 * send a batch of searches, each narrowed as it would be on its own.
	 */
	public boolean maySendBatches(CdrRole role) {
		return seesAllRecords(role);
	}

	private static boolean seesAllRecords(CdrRole role) {
		return role == CdrRole.CDR_MANAGER || role == CdrRole.ADMINISTRATOR;
	}
}
