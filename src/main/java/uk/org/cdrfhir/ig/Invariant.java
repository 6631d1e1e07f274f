package uk.org.cdrfhir.ig;

/** A rule a profile adds, as the validator evaluates it; {@code elementId} is where it is declared. */
public record Invariant(String key, String severity, String human, String expression, String elementId) {
}
