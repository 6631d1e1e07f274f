package uk.org.cdrfhir.routing.postcode;

/**
 * How far a load of the postcode directory has got.
 *
 * @param rowsRead data rows read from the file so far
 * @param seconds  since the load started
 */
public record PostcodeLoadProgress(long rowsRead, double seconds) {

	public double rowsPerSecond() {
		return seconds > 0 ? rowsRead / seconds : 0.0;
	}
}
