package uk.org.cdrfhir.synthetic;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;

import uk.org.cdrfhir.fhir.AgeBand;

/**
 * The facts of one synthetic child's death, independent of who notifies it: two hospitals notifying the
 * same death send the same facts in different documents.
 *
 * @param nhsNumber              a valid test-range number, or null when absent
 * @param nhsNumberUnavailableReason  a UK Core NHS number unavailable reason code when the number is absent, else null
 * @param givenName              null for a baby not yet named
 * @param nameText               "Baby of ..." for a baby not yet named, else null
 * @param ethnicCategory         null when the sender states none
 * @param gpPracticeCode         ODS code of the registered GP practice, or null
 * @param deathHospital          the site of death when the child died in hospital, else null
 * @param birth                  the perinatal details of a baby, else null
 */
record SyntheticDeath(String nhsNumber, String nhsNumberUnavailableReason, String givenName, String familyName,
		String nameText, AdministrativeGender gender, LocalDate birthDate, ZonedDateTime deathTime, AgeBand ageBand,
		EthnicCategory ethnicCategory, HomeAddress home, String gpPracticeCode, DeathScenario scenario,
		PlaceOfDeathType placeOfDeath, NotifyingSite deathHospital, boolean postMortem, boolean coronerReferral,
		String circumstances, List<FamilyMember> family, Birth birth) {

	boolean expected() {
		return scenario.expected();
	}

	/** A parent or carer, as the family section lists them. */
	record FamilyMember(String relationshipCode, String relationshipDisplay, String givenName, String familyName,
			String phone, boolean parentalResponsibility, boolean livesWithChild) {
	}
}
