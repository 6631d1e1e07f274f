package uk.org.cdrfhir.review;

import org.hl7.fhir.r4.model.EpisodeOfCare;

import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;

/**
 * Told, in the transaction that made it, of each change of a case's review made by this package's
 * services: its stage moved, its analysis was written, a reporting form request was answered. A bean
 * implementing it (e.g. what keeps the panel summary current) writes in the same transaction
 * ({@code fhir.SameTransaction}); throwing rolls the change back.
 */
public interface CaseReviewListener {

	enum Change {
		STAGE, ANALYSIS, REPORTING_FORM
	}

	void caseChanged(EpisodeOfCare episode, Change change, TransactionDetails transaction);
}
