// Common metadata of the guide's own code systems and value sets.
RuleSet: CdrCodeSystem
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "cdr-fhir"

RuleSet: CdrValueSet
* ^status = #active
* ^experimental = false
* ^publisher = "cdr-fhir"
