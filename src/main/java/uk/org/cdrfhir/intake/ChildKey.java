package uk.org.cdrfhir.intake;

import java.util.Locale;

import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

import uk.org.cdrfhir.conformance.CdrPackage;
import uk.org.cdrfhir.fhir.CdrUrls;

/**
 * What makes two notifications the same child's death: the NHS number; for a child without one,
 * name, date of birth and date of death together (hashed, so the key holds no identifiers).
 */
final class ChildKey {

	private ChildKey() {
	}

	static String of(Patient child) {
		return child.getIdentifier().stream()
				.filter(identifier -> CdrUrls.NHS_NUMBER_SYSTEM.equals(identifier.getSystem()) && identifier.hasValue())
				.map(Identifier::getValue)
				.findFirst()
				.map(nhsNumber -> "nhs:" + CdrPackage.sha256Hex(nhsNumber))
				.orElseGet(() -> "demographics:" + CdrPackage.sha256Hex(demographics(child)));
	}

	private static String demographics(Patient child) {
		HumanName name = child.getNameFirstRep();
		String deceased = child.hasDeceasedDateTimeType() ? child.getDeceasedDateTimeType().getValueAsString() : "";
		return (name.getFamily() + "|" + name.getGivenAsSingleString() + "|" + child.getBirthDateElement().getValueAsString()
				+ "|" + (deceased.length() >= 10 ? deceased.substring(0, 10) : deceased)).toLowerCase(Locale.ROOT);
	}
}
