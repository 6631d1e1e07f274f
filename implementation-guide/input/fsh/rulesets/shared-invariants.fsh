// Invariants used by more than one artefact.
Invariant: cdr-gss-code
Description: "The code is a GSS statistical-geography code: a country letter (E, W, S or N) and 8 digits, e.g. E06000055."
Expression: "value.code.matches('^[EWSN][0-9]{8}$')"
Severity: #error
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The code is not a GSS statistical-geography code (a letter E, W, S or N and 8 digits, e.g. E06000055)."

Invariant: cdr-coded-answer
Description: "The answer is coded (valueCodeableConcept), so that not known and not yet decided can be said; a boolean is accepted for senders of the guide's first form."
Expression: "value.exists() implies value is CodeableConcept"
Severity: #warning
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The answer is a boolean: it is accepted, but send the coded answer (valueCodeableConcept), which can also say not known or not yet decided."
