// Invariants used by more than one artefact.
Invariant: cdr-gss-code
Description: "The code is a GSS statistical-geography code: a country letter (E, W, S or N) and 8 digits, e.g. E06000055."
Expression: "value.code.matches('^[EWSN][0-9]{8}$')"
Severity: #error
