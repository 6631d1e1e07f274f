package uk.org.cdrfhir.annualreport;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.springframework.stereotype.Component;

import uk.org.cdrfhir.fhir.CdrUrls;
import uk.org.cdrfhir.conformance.CodeDisplays;
import uk.org.cdrfhir.routing.FootprintProperties;

/**
 * The words the report prints for a MeasureReport's codes: an area's name from the footprint, else
 * the display the IG's code system gives the code, else the code itself made readable.
 */
@Component
class Labels {

	private final CodeDisplays displays;
	private final FootprintProperties footprint;

	Labels(CodeDisplays displays, FootprintProperties footprint) {
		this.displays = displays;
		this.footprint = footprint;
	}

	String of(CodeableConcept concept) {
		return concept.hasCoding() ? of(concept.getCodingFirstRep()) : concept.getText();
	}

	String of(Coding coding) {
		if (CdrUrls.GSS_SYSTEM.equals(coding.getSystem())) {
			return footprint.area(coding.getCode()).map(FootprintProperties.Area::getName).orElse(coding.getCode());
		}
		return displays.defined(coding).map(Coding::getDisplay)
				.orElseGet(() -> coding.hasDisplay() ? coding.getDisplay() : readable(coding.getCode()));
	}

	/** A code outside the IG (e.g. FHIR's administrative gender "female") as a word: "Female". */
	private static String readable(String code) {
		String words = code.replace('-', ' ');
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
