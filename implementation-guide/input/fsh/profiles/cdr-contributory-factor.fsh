Profile: CdrContributoryFactor
Parent: Observation
Id: cdr-contributory-factor
Title: "Contributory factor"
Description: "One contributory factor of a death, one line of the panel's Analysis Form: the factor as the panel described it (`note`), its grade 0 to 2 (`value`), its domain and whether it was modifiable (components). Extracted from the Analysis Form response (one per `contributory-factor` group)."
* insert CdrPanelObservation(contributory-factor)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrFactorGradeVS (required)
* valueCodeableConcept ^short = "Grade: 0 information not available, 1 unlikely to have contributed, 2 may have contributed"
* note 1..1 MS
* note ^short = "The factor, as the panel described it"
* component 2..2 MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #closed
* component contains domain 1..1 MS and modifiable 1..1 MS
* component[domain].code = CdrDeathDetail#factor-domain
* component[domain].value[x] 1..1
* component[domain].value[x] only CodeableConcept
* component[domain].valueCodeableConcept from CdrFactorDomainVS (required)
* component[modifiable].code = CdrDeathDetail#factor-modifiable
* component[modifiable].value[x] 1..1
* component[modifiable].value[x] only boolean
