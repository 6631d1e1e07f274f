package uk.org.cdrfhir.annualreport;

import java.util.OptionalInt;

import org.hl7.fhir.r4.model.BackboneElement;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;

import uk.org.cdrfhir.aggregates.ChildDeathsMeasure;

/** A count as a MeasureReport publishes it: its (rounded) value, or suppressed. */
public record PublishedCount(OptionalInt value) {

	/** What the report shows for a suppressed count (explained in the report's note). */
	public static final String SUPPRESSED_MARKER = "*";

	/** A population's count: suppressed when the report says so; a count the report leaves out is suppressed too. */
	static PublishedCount of(BackboneElement population, IntegerType count) {
		Extension suppressed = population.getExtensionByUrl(ChildDeathsMeasure.SUPPRESSED);
		boolean markedSuppressed = suppressed != null && suppressed.getValue() instanceof BooleanType flag && flag.booleanValue();
		if (markedSuppressed || !count.hasValue()) {
			return new PublishedCount(OptionalInt.empty());
		}
		return new PublishedCount(OptionalInt.of(count.getValue()));
	}

	public boolean suppressed() {
		return value.isEmpty();
	}

	/** The count as the report prints it. */
	public String text() {
		return suppressed() ? SUPPRESSED_MARKER : String.format("%,d", value.getAsInt());
	}
}
