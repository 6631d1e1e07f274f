Instance: contributory-factor-cdr-2026-0007-service-provision
InstanceOf: CdrContributoryFactor
Usage: #example
Title: "Contributory factor: service provision (case CDR-2026-0007)"
Description: "The second factor line of the analysis of case CDR-2026-0007, as extracted: service provision, grade 1 (unlikely to have contributed), not modifiable."
* status = #final
* code = CdrDeathDetail#contributory-factor "Contributory factor"
* subject = Reference(child-isla-marsh)
* focus = Reference(case-cdr-2026-0007)
* derivedFrom[0] = Reference(analysis-cdr-2026-0007)
* effectiveDateTime = "2026-06-10T15:30:00+01:00"
* valueCodeableConcept = CdrFactorGrade#1 "Unlikely to have contributed"
* note[0].text = "Two-day delay in the transfer of the antenatal scan report between units."
* component[domain].code = CdrDeathDetail#factor-domain "Factor domain"
* component[domain].valueCodeableConcept = CdrFactorDomain#service-provision "Service provision"
* component[modifiable].code = CdrDeathDetail#factor-modifiable "Modifiable"
* component[modifiable].valueBoolean = false
