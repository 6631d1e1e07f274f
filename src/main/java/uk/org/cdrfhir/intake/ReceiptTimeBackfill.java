package uk.org.cdrfhir.intake;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;

import uk.org.cdrfhir.aggregates.CaseFacts;

/**
 * Gives the cases opened before the aggregates kept the time of receipt (the start of the NCMD
 * 48-hour clock) that time, from the intake's receipts, at start-up (before any report is evaluated); until then those cases are
 * left out of the share notified to NCMD within 48 hours. A case whose receipt is not in the ledger
 * stays without one.
 */
@Component
class ReceiptTimeBackfill {

	private static final Logger log = LoggerFactory.getLogger(ReceiptTimeBackfill.class);

	private final CaseFacts caseFacts;
	private final IntakeLedger ledger;

	ReceiptTimeBackfill(CaseFacts caseFacts, IntakeLedger ledger) {
		this.caseFacts = caseFacts;
		this.ledger = ledger;
	}

	@PostConstruct
	void fillInReceiptTimes() {
		int filled = 0;
		for (String caseId : caseFacts.casesWithoutReceiptTime()) {
			Optional<Instant> receivedAt = ledger.firstReceipt(caseId);
			if (receivedAt.isPresent()) {
				caseFacts.receiptTimeFound(caseId, receivedAt.get());
				filled++;
			}
		}
		if (filled > 0) {
			log.info("Time of receipt filled in for {} case(s) opened before the aggregates kept it", filled);
		}
	}
}
