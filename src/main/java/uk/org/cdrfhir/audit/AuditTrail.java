package uk.org.cdrfhir.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAgentNetworkType;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventOutcome;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.security.AccessLabels;
import uk.org.cdrfhir.security.Caller;

/**
 * Writes the audit trail: an {@code AuditEvent} per access, in the shape of IHE Basic Audit Log
 * Patterns (BALP) where it fits: the RESTful interaction, who (client, person, role, network
 * address), what (the resources and the query, without credentials or identifiers: see
 * {@link QueryRedaction}), when, and the outcome.
 *
 * <p>A designated doctor reads the events labelled with their review area, and such an event names
 * nothing of another area: an access to records of one area (or of none) is one event, labelled with
 * that area; an access that spanned several areas (a CDR Manager's search, say) is one unlabelled
 * event for the administrator, with everything, plus one event per area that names only that area's
 * records and not the query (which may be about the other areas' records).
 *
 * <p>HAPI's BalpAuditCaptureInterceptor is not used: it records only resources written or shown and
 * hands events to a sink (its own send them through a FHIR client), while here refused and failed
 * requests are recorded too, a write's event is stored in the write's transaction, and events are
 * split by review area.
 */
@Service
public class AuditTrail {

	static final String CLIENT_SYSTEM = CdrUrls.BASE + "/Id/oauth-client";
	static final String USER_SYSTEM = CdrUrls.BASE + "/Id/user";
	static final String ROLE_SYSTEM = CdrUrls.BASE + "/Id/role";
	private static final String AUDIT_EVENT_TYPE = "http://terminology.hl7.org/CodeSystem/audit-event-type";
	private static final String RESTFUL_INTERACTION = "http://hl7.org/fhir/restful-interaction";
	private static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
	private static final String ENTITY_TYPE = "http://terminology.hl7.org/CodeSystem/audit-entity-type";
	private static final String OBJECT_ROLE = "http://terminology.hl7.org/CodeSystem/object-role";
	private static final String SOURCE_TYPE = "http://terminology.hl7.org/CodeSystem/security-source-type";
	/** Interactions that can show records deleted since. */
	private static final Set<String> HISTORY_INTERACTIONS = Set.of("vread", "history-instance", "history-type",
			"history-system");
	/** Enough to tell what a search showed; a longer list names its first records only. */
	static final int MAX_ENTITIES = 100;

	private final DaoRegistry daoRegistry;

	public AuditTrail(DaoRegistry daoRegistry) {
		this.daoRegistry = daoRegistry;
	}

	/**
	 * One access, as seen from the request; {@code entries} are a batch's or transaction's own
	 * requests ("GET Task?code=jar"), each kept as a query of its own.
	 */
	public record Access(Caller caller, String networkAddress, String interaction, String query, List<String> entries,
			Collection<IBaseResource> resources, boolean success, boolean clientError, String description) {
	}

	/** Stores the events; in the caller's database transaction when there is one. */
	public void record(Access access) {
		record(access, new TransactionDetails());
	}

	/** Stores the events in the transaction of the write they record. */
	public void record(Access access, TransactionDetails transaction) {
		for (AuditEvent event : events(access)) {
			SameTransaction.create(daoRegistry.getResourceDao(AuditEvent.class), event, transaction);
		}
	}

	private List<AuditEvent> events(Access access) {
		List<IBaseResource> named = new ArrayList<>(access.resources());
		named = named.subList(0, Math.min(named.size(), MAX_ENTITIES));
		List<String> queries = Stream.concat(Stream.ofNullable(access.query()), access.entries().stream().limit(MAX_ENTITIES))
				.map(QueryRedaction::redact).toList();
		Set<String> deleted = HISTORY_INTERACTIONS.contains(access.interaction()) ? deletedNow(named) : Set.of();
		Map<String, List<IBaseResource>> byArea = new LinkedHashMap<>();
		for (IBaseResource resource : named) {
			reviewAreas(resource).forEach(area -> byArea.computeIfAbsent(area, key -> new ArrayList<>()).add(resource));
		}
		if (byArea.size() <= 1) {
			return List.of(event(access, queries, named, deleted, byArea.keySet()));
		}
		List<AuditEvent> events = new ArrayList<>();
		events.add(event(access, queries, named, deleted, Set.of()));
		byArea.forEach((area, ofArea) -> events.add(event(access, List.of(), ofArea, deleted, Set.of(area))));
		return events;
	}

	/**
	 * Which of the records named are deleted by now (a history or version read can show them): an
	 * event cannot refer to a deleted record (the store refuses the reference), so it names them by
	 * their id only.
	 */
	private Set<String> deletedNow(List<IBaseResource> named) {
		Set<String> deleted = new HashSet<>();
		for (IBaseResource resource : named) {
			IIdType id = resource.getIdElement().toUnqualifiedVersionless();
			if (deleted.contains(id.getValue()) || !id.hasResourceType() || !id.hasIdPart()) {
				continue;
			}
			try {
				daoRegistry.getResourceDao(id.getResourceType()).read(id, new SystemRequestDetails());
			} catch (ResourceGoneException | ResourceNotFoundException gone) {
				deleted.add(id.getValue());
			}
		}
		return deleted;
	}

	private static List<String> reviewAreas(IBaseResource resource) {
		if (!(resource instanceof Resource stored)) {
			return List.of();
		}
		return stored.getMeta().getSecurity().stream()
				.filter(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem())).map(Coding::getCode).toList();
	}

	private static AuditEvent event(Access access, List<String> queries, List<IBaseResource> named, Set<String> deleted,
			Set<String> areas) {
		AuditEvent event = new AuditEvent();
		event.setType(new Coding(AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
		event.addSubtype(new Coding(RESTFUL_INTERACTION, access.interaction(), null));
		event.setAction(action(access.interaction()));
		event.setRecorded(new Date());
		event.setOutcome(access.success() ? AuditEventOutcome._0
				: access.clientError() ? AuditEventOutcome._4 : AuditEventOutcome._8);
		if (access.description() != null) {
			event.setOutcomeDesc(QueryRedaction.redactNhsNumbers(access.description()));
		}
		agents(event, access);
		observedHere(event);
		for (String query : queries) {
			event.addEntity()
					.setType(new Coding(ENTITY_TYPE, "2", "System Object"))
					.setRole(new Coding(OBJECT_ROLE, "24", "Query"))
					.setQuery(query.getBytes(StandardCharsets.UTF_8));
		}
		for (IBaseResource resource : named) {
			String id = resource.getIdElement().toUnqualifiedVersionless().getValue();
			name(event, resource, deleted.contains(id) ? new Reference().setDisplay(id + " (deleted)") : new Reference(id));
		}
		areas.forEach(area -> event.getMeta().addSecurity(AccessLabels.reviewArea(area)));
		return event;
	}

	private static void observedHere(AuditEvent event) {
		event.getSource().setSite("cdr-fhir").setObserver(new Reference().setDisplay("cdr-fhir FHIR server"))
				.addType(new Coding(SOURCE_TYPE, "4", "Application Server"));
	}

	private static void name(AuditEvent event, IBaseResource resource, Reference what) {
		boolean patient = resource.fhirType().equals("Patient");
		event.addEntity()
				.setWhat(what)
				.setType(new Coding(ENTITY_TYPE, "2", "System Object"))
				.setRole(new Coding(OBJECT_ROLE, patient ? "1" : "4", patient ? "Patient" : "Domain Resource"));
	}

	/**
	 * Records sent out of the server by the server itself (the NCMD notification): where to, under
	 * which message id, about which records, and how the attempt ended.
	 */
	public record Export(String destination, Identifier message, Collection<IBaseResource> about, boolean success,
			String description) {
	}

	/**
	 * One event per attempt to send records out (DICOM "Export", as BALP does for a push), in the
	 * transaction that records the attempt's outcome, labelled with the review area of the records it
	 * names so that area's designated doctor sees it.
	 */
	public void record(Export export, TransactionDetails transaction) {
		AuditEvent event = new AuditEvent();
		event.setType(new Coding(DICOM, "110106", "Export"));
		event.setAction(AuditEventAction.R);
		event.setRecorded(new Date());
		event.setOutcome(export.success() ? AuditEventOutcome._0 : AuditEventOutcome._8);
		event.setOutcomeDesc(QueryRedaction.redactNhsNumbers(export.description()));
		event.addAgent()
				.setType(new CodeableConcept(new Coding(DICOM, "110153", "Source Role ID")))
				.setWho(new Reference().setDisplay("cdr-fhir"))
				.setRequestor(true);
		event.addAgent()
				.setType(new CodeableConcept(new Coding(DICOM, "110152", "Destination Role ID")))
				.setWho(new Reference().setDisplay(export.destination()))
				.setRequestor(false)
				.getNetwork().setAddress(export.destination()).setType(AuditEventAgentNetworkType._5);
		observedHere(event);
		event.addEntity()
				.setWhat(new Reference().setIdentifier(export.message()))
				.setType(new Coding(ENTITY_TYPE, "2", "System Object"))
				.setRole(new Coding(OBJECT_ROLE, "4", "Domain Resource"))
				.setDescription("message");
		for (IBaseResource resource : export.about()) {
			name(event, resource, new Reference(resource.getIdElement().toUnqualifiedVersionless().getValue()));
		}
		export.about().stream().flatMap(resource -> reviewAreas(resource).stream()).distinct()
				.forEach(area -> event.getMeta().addSecurity(AccessLabels.reviewArea(area)));
		SameTransaction.create(daoRegistry.getResourceDao(AuditEvent.class), event, transaction);
	}

	private static void agents(AuditEvent event, Access access) {
		AuditEvent.AuditEventAgentComponent client = event.addAgent()
				.setType(new CodeableConcept(new Coding(DICOM, "110153", "Source Role ID")))
				.setRequestor(access.caller() == null || access.caller().user() == null);
		if (access.caller() != null) {
			client.setWho(new Reference().setIdentifier(new Identifier().setSystem(CLIENT_SYSTEM).setValue(access.caller().clientId())))
					.setAltId(access.caller().clientId()) // searchable: AuditEvent?altid=<client>
					.setName(access.caller().clientId());
			client.addRole().addCoding(new Coding(ROLE_SYSTEM, access.caller().role().claimValue(), null));
		} else {
			client.setWho(new Reference().setDisplay("unauthenticated"));
		}
		if (access.networkAddress() != null) {
			client.getNetwork().setAddress(access.networkAddress()).setType(AuditEventAgentNetworkType._2);
		}
		if (access.caller() != null && access.caller().user() != null) {
			event.addAgent()
					.setType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP", "information recipient")))
					.setWho(new Reference().setIdentifier(new Identifier().setSystem(USER_SYSTEM).setValue(access.caller().user())))
					.setName(access.caller().user())
					.setRequestor(true)
					.addRole().addCoding(new Coding(ROLE_SYSTEM, access.caller().role().claimValue(), null));
		}
	}

	private static AuditEventAction action(String interaction) {
		return switch (interaction) {
			case "create" -> AuditEventAction.C;
			case "read", "vread", "search-type", "search-system", "history-instance", "history-type", "history-system" -> AuditEventAction.R;
			case "update", "patch" -> AuditEventAction.U;
			case "delete" -> AuditEventAction.D;
			default -> AuditEventAction.E;
		};
	}
}
