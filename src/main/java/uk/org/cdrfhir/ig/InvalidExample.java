package uk.org.cdrfhir.ig;

/**
 * An example that breaks one rule: a valid example ({@code baseFile}) with a JSON patch applied.
 *
 * @param breaks the rule it breaks, in words
 * @param messageContains what the validator's error message says
 * @param location where the validator reports the error
 */
public record InvalidExample(String name, String baseFile, String breaks, String messageContains, String location) {
}
