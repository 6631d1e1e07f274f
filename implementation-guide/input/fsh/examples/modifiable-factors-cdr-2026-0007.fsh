Instance: modifiable-factors-cdr-2026-0007
InstanceOf: CdrModifiableFactors
Usage: #example
Title: "Modifiable factors (case CDR-2026-0007)"
Description: "The panel found no modifiable factors in case CDR-2026-0007."
* status = #final
* code = CdrDeathDetail#modifiable-factors "Modifiable factors"
* subject = Reference(child-isla-marsh)
* focus = Reference(case-cdr-2026-0007)
* derivedFrom[0] = Reference(analysis-cdr-2026-0007)
* effectiveDateTime = "2026-06-10T15:30:00+01:00"
* valueCodeableConcept = CdrModifiableFactorOutcome#not-identified "No modifiable factors identified"
