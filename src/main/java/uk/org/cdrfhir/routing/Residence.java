package uk.org.cdrfhir.routing;

import java.util.Optional;

/**
 * Where a child normally lived, as far as the server could tell: the local authority's GSS code,
 * and how it was found. {@link Outcome#UNRESOLVED} means nobody may guess: triage.
 */
public record Residence(Outcome outcome, Optional<String> gssCode, String how) {

	public enum Outcome {
		IN_AREA("in-area", "Resident in the footprint"),
		OUT_OF_AREA("out-of-area", "Resident elsewhere in England"),
		UNRESOLVED("unresolved", "Residence unknown or not resolvable");

		private final String code;
		private final String display;

		Outcome(String code, String display) {
			this.code = code;
			this.display = display;
		}

		public String code() {
			return code;
		}

		public String display() {
			return display;
		}
	}
}
