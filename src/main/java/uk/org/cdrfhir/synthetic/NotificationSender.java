package uk.org.cdrfhir.synthetic;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Who sends one notification and when: the hospital site and its trust, the notifying professional, the
 * others who cared for the child, and the document's identity.
 *
 * @param notifierSurname        the notifying doctor's surname, or null when the document names no practitioner
 * @param authoredByOrganisation whether the Composition's author is the trust rather than the notifier
 * @param careTeam               other professionals; empty when the document has no professionals section
 */
record NotificationSender(NotifyingSite site, String identifierValue, ZonedDateTime sentAt, Professional notifier,
		String notifierSurname, boolean authoredByOrganisation, List<Professional> careTeam) {

	/**
	 * A professional's role in the document.
	 *
	 * @param roleCode code from the HL7 practitioner-role code system ({@code doctor}, {@code nurse})
	 * @param title    the role as the notifier writes it
	 */
	record Professional(String roleCode, String title, String phone) {
	}
}
