package uk.org.cdrfhir.intake;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.Date;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import uk.org.cdrfhir.config.SameTransaction;
import uk.org.cdrfhir.config.StorageInterceptor;
import uk.org.cdrfhir.conformance.CdrUrls;

/**
 * Places each new notification in its case, in the transaction that stores it: one death, one
 * case. The child's first notification opens the case (a case number, the child as a Patient of
 * its own, review stage "notified"); a later one (a second hospital, an amendment) is linked to the
 * same case. Routing and the statutory tasks follow from the case (see the routing package).
 */
@Component
@Interceptor
public class CasePlacementInterceptor implements StorageInterceptor {

	private final IntakeLedger ledger;
	private final DaoRegistry daoRegistry;

	public CasePlacementInterceptor(IntakeLedger ledger, DaoRegistry daoRegistry) {
		this.ledger = ledger;
		this.daoRegistry = daoRegistry;
	}

	@Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED, order = NotificationReceiptInterceptor.ORDER + 1)
	public void placeInCase(IBaseResource resource, TransactionDetails transaction) {
		NotificationDocument.of(resource).ifPresent(notification -> {
			String bundleId = resource.getIdElement().getIdPart();
			String childKey = ChildKey.of(notification.child());
			String caseId = ledger.findCase(childKey)
					.map(existing -> linkToCase(existing, bundleId, transaction))
					.orElseGet(() -> openCase(childKey, notification, bundleId, transaction));
			ledger.recordReceiptCase(notification.identifierSystem(), notification.identifierValue(), caseId);
		});
	}

	private String linkToCase(String caseId, String bundleId, TransactionDetails transaction) {
		EpisodeOfCare episode = cases().read(new IdType("EpisodeOfCare", caseId), new SystemRequestDetails());
		episode.addExtension(CdrUrls.CASE_NOTIFICATION, new Reference("Bundle/" + bundleId));
		SameTransaction.update(cases(), episode, transaction);
		return caseId;
	}

	private String openCase(String childKey, NotificationDocument notification, String bundleId,
			TransactionDetails transaction) {
		int year = Year.now(ZoneOffset.UTC).getValue();
		int number = ledger.claimCase(childKey);

		Patient child = notification.childStandingAlone();
		String patientId = SameTransaction.create(patients(), child, transaction).getIdPart();

		EpisodeOfCare episode = new EpisodeOfCare();
		episode.getMeta().addProfile(CdrUrls.CASE_PROFILE);
		episode.addExtension(CdrUrls.REVIEW_STAGE,
				new Coding(CdrUrls.REVIEW_STAGE_SYSTEM, "notified", "Notified"));
		episode.addExtension(CdrUrls.CASE_NOTIFICATION, new Reference("Bundle/" + bundleId));
		episode.addIdentifier().setSystem(CdrUrls.CASE_NUMBER_SYSTEM).setValue(String.format("CDR-%d-%04d", year, number));
		episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
		episode.setPatient(new Reference("Patient/" + patientId));
		episode.getPeriod().setStart(new Date());
		String caseId = SameTransaction.create(cases(), episode, transaction).getIdPart();
		ledger.recordCase(childKey, caseId);
		return caseId;
	}

	private IFhirResourceDao<EpisodeOfCare> cases() {
		return daoRegistry.getResourceDao(EpisodeOfCare.class);
	}

	private IFhirResourceDao<Patient> patients() {
		return daoRegistry.getResourceDao(Patient.class);
	}
}
