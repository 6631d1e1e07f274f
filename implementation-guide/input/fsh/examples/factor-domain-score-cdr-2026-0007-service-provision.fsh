Instance: factor-domain-score-cdr-2026-0007-service-provision
InstanceOf: CdrFactorDomainScore
Usage: #example
Title: "Factor domain score: service provision (case CDR-2026-0007)"
Description: "Domain D, service provision: factors identified, unlikely to have contributed (1*)."
* status = #final
* code = CdrDeathDetail#factor-domain-score "Factor domain score"
* subject = Reference(child-isla-marsh)
* focus = Reference(case-cdr-2026-0007)
* derivedFrom[0] = Reference(analysis-cdr-2026-0007)
* effectiveDateTime = "2026-06-10T15:30:00+01:00"
* valueCodeableConcept = CdrFactorScore#1* "Factors identified, unlikely to have contributed"
* note[0].text = "Delay of two days in the transfer of the antenatal scan report between units; no effect on the outcome."
* component[0].code = CdrDeathDetail#factor-domain "Factor domain"
* component[0].valueCodeableConcept = CdrFactorDomain#service-provision "Service provision"
