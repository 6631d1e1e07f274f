// Invariants used by more than one artefact.
Invariant: cdr-gss-code
Description: "The code is a GSS statistical-geography code: a country letter (E, W, S or N) and 8 digits, e.g. E06000055."
Expression: "value.code.matches('^[EWSN][0-9]{8}$')"
Severity: #error
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The code is not a GSS statistical-geography code (a letter E, W, S or N and 8 digits, e.g. E06000055)."
