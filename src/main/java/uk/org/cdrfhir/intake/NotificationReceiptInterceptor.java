package uk.org.cdrfhir.intake;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import uk.org.cdrfhir.config.StorageInterceptor;

/**
 * Records the receipt of each notification under its business identifier, in the transaction that
 * stores it: the unique key that makes "never a duplicate" hold for ever, whatever path (REST,
 * transaction, message) the document came by.
 */
@Component
@Interceptor
public class NotificationReceiptInterceptor implements StorageInterceptor {

	static final int ORDER = 100;

	private final IntakeLedger ledger;
	private final FhirContext fhirContext;

	public NotificationReceiptInterceptor(IntakeLedger ledger, FhirContext fhirContext) {
		this.ledger = ledger;
		this.fhirContext = fhirContext;
	}

	@Hook(value = Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED, order = ORDER)
	public void recordReceipt(IBaseResource resource) {
		NotificationDocument.of(resource).ifPresent(notification -> ledger.claimReceipt(
				notification.identifierSystem(), notification.identifierValue(), notification.contentHash(fhirContext),
				resource.getIdElement().getIdPart()));
	}
}
