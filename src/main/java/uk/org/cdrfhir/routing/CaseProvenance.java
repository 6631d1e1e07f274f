package uk.org.cdrfhir.routing;

import java.util.Date;
import java.util.List;

import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.fhir.SameTransaction;
import uk.org.cdrfhir.security.Caller;
import uk.org.cdrfhir.security.CaseScope;

/**
 * Who changed a case, when and why (a transfer, a stage change), kept as a Provenance of the case's
 * version the change wrote, with the records the change rested on, in the change's transaction.
 */
@Component
public class CaseProvenance {

	private static final String DATA_OPERATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";

	private final DaoRegistry daoRegistry;

	public CaseProvenance(DaoRegistry daoRegistry) {
		this.daoRegistry = daoRegistry;
	}

	/** {@code caseVersion}: the case as the change stored it; {@code sources}: the records it rested on. */
	public void record(IIdType caseVersion, CaseScope scope, String reason, List<Reference> sources,
			TransactionDetails transaction) {
		Provenance provenance = new Provenance();
		provenance.addTarget(new Reference(caseVersion.toUnqualified().getValue()));
		provenance.setRecorded(new Date());
		provenance.setActivity(new CodeableConcept(new Coding(DATA_OPERATION_SYSTEM, "UPDATE", "revise")));
		provenance.addReason(new CodeableConcept().setText(reason));
		provenance.addAgent().setWho(new Reference().setDisplay(Caller.current().map(Caller::who).orElse("server")));
		sources.forEach(source -> provenance.addEntity().setRole(Provenance.ProvenanceEntityRole.SOURCE).setWhat(source.copy()));
		scope.applyTo(provenance);
		SameTransaction.create(daoRegistry.getResourceDao(Provenance.class), provenance, transaction);
	}
}
