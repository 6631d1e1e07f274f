package uk.org.cdrfhir.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hl7.fhir.instance.model.api.IBaseResource;
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
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.config.SameTransaction;
import uk.org.cdrfhir.conformance.CdrUrls;
import uk.org.cdrfhir.security.AccessLabels;
import uk.org.cdrfhir.security.Caller;

/**
 * Writes the audit trail: one {@code AuditEvent} per access, in the shape of IHE Basic Audit Log
 * Patterns (BALP) where it fits: the RESTful interaction, who (client, person, role, network
 * address), what (the resources and the query), when, and the outcome. An event carries the review
 * area labels of the records it names, so a designated doctor can see who accessed their cases.
 *
 * <p>HAPI's BalpAuditCaptureInterceptor is not used: it records only resources written or shown and
 * hands events to a sink (its own send them through a FHIR client), while here refused and failed
 * requests are recorded too, a write's event is stored in the write's transaction, and events carry
 * the review-area labels.
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
	/** Enough to tell what a search showed; a longer list names its first records only. */
	static final int MAX_ENTITIES = 100;

	private final DaoRegistry daoRegistry;

	public AuditTrail(DaoRegistry daoRegistry) {
		this.daoRegistry = daoRegistry;
	}

	/** One access, as seen from the request. */
	public record Access(Caller caller, String networkAddress, String interaction, String query,
			Collection<IBaseResource> resources, boolean success, boolean clientError, String description) {
	}

	/** Stores the event; in the caller's database transaction when there is one. */
	public void record(Access access) {
		record(access, new TransactionDetails());
	}

	/** Stores the event in the transaction of the write it records. */
	public void record(Access access, TransactionDetails transaction) {
		SameTransaction.create(daoRegistry.getResourceDao(AuditEvent.class), event(access), transaction);
	}

	AuditEvent event(Access access) {
		AuditEvent event = new AuditEvent();
		event.setType(new Coding(AUDIT_EVENT_TYPE, "rest", "RESTful Operation"));
		event.addSubtype(new Coding(RESTFUL_INTERACTION, access.interaction(), null));
		event.setAction(action(access.interaction()));
		event.setRecorded(new Date());
		event.setOutcome(access.success() ? AuditEventOutcome._0
				: access.clientError() ? AuditEventOutcome._4 : AuditEventOutcome._8);
		if (access.description() != null) {
			event.setOutcomeDesc(access.description());
		}
		agents(event, access);
		event.getSource().setSite("cdr-fhir").setObserver(new Reference().setDisplay("cdr-fhir FHIR server"))
				.addType(new Coding(SOURCE_TYPE, "4", "Application Server"));
		if (access.query() != null) {
			event.addEntity()
					.setType(new Coding(ENTITY_TYPE, "2", "System Object"))
					.setRole(new Coding(OBJECT_ROLE, "24", "Query"))
					.setQuery(access.query().getBytes(StandardCharsets.UTF_8));
		}
		Set<String> areas = new LinkedHashSet<>();
		List<IBaseResource> named = new ArrayList<>(access.resources());
		for (IBaseResource resource : named.subList(0, Math.min(named.size(), MAX_ENTITIES))) {
			event.addEntity()
					.setWhat(new Reference(resource.getIdElement().toUnqualifiedVersionless().getValue()))
					.setType(new Coding(ENTITY_TYPE, "2", "System Object"))
					.setRole(new Coding(OBJECT_ROLE, resource.fhirType().equals("Patient") ? "1" : "4",
							resource.fhirType().equals("Patient") ? "Patient" : "Domain Resource"));
			if (resource instanceof Resource stored) {
				stored.getMeta().getSecurity().stream()
						.filter(label -> AccessLabels.REVIEW_AREA_SYSTEM.equals(label.getSystem()))
						.forEach(label -> areas.add(label.getCode()));
			}
		}
		areas.forEach(area -> event.getMeta().addSecurity(AccessLabels.reviewArea(area)));
		return event;
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
