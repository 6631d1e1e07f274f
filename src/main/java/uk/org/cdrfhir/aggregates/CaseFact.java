package uk.org.cdrfhir.aggregates;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the aggregates keep of a case when it opens: de-identified descriptors only (no name, NHS
 * number, postcode or birth date), each already in the code of its stratifier.
 *
 * @param caseId         the case's id (EpisodeOfCare), the key the later facts are recorded under
 * @param area           the GSS code of the responsible area, or the routing outcome (out-of-area, unresolved)
 * @param ageBand        cdr-age-band code, none without both dates
 * @param sex            administrative gender code
 * @param ethnicityGroup cdr-ethnicity-group code
 * @param expectedness   cdr-expectedness code as notified, if notified
 * @param placeOfDeath   cdr-place-of-death-type code, if notified
 * @param gestationBand  cdr-gestation-band code, if the gestation at birth was notified
 * @param jointAgencyResponse whether the case has a Joint Agency Response
 * @param diedOn         date of death, if known
 * @param notifiedAt     when the first notification was received (the NCMD 48-hour clock starts then)
 */
public record CaseFact(String caseId, String area, Optional<String> ageBand, Optional<String> sex, String ethnicityGroup,
		Optional<String> expectedness, Optional<String> placeOfDeath, Optional<String> gestationBand, boolean jointAgencyResponse,
		Optional<LocalDate> diedOn, Instant notifiedAt) {

	/** The day of notification is the day on England's clock. */
	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	/** The day the first notification was received, in England. */
	public LocalDate notifiedOn() {
		return LocalDate.ofInstant(notifiedAt, ENGLAND);
	}

	/** The cdr-ethnicity-group of an NHS Data Dictionary ethnic category code (A to Z, 99). */
	public static String ethnicityGroup(Optional<String> ethnicCategory) {
		return switch (ethnicCategory.orElse("")) {
			case "A", "B", "C" -> "white";
			case "D", "E", "F", "G" -> "mixed";
			case "H", "J", "K", "L" -> "asian";
			case "M", "N", "P" -> "black";
			case "R", "S" -> "other";
			default -> "not-known";
		};
	}

	/** The cdr-gestation-band code of a gestation at birth in weeks, if given. */
	public static Optional<String> gestationBand(Optional<BigDecimal> weeksAtBirth) {
		return weeksAtBirth.map(weeks -> GestationBand.at(weeks).code());
	}
}
