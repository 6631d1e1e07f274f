Profile: CdrFactorDomainScore
Parent: Observation
Id: cdr-factor-domain-score
Title: "Factor domain score"
Description: "The panel's score of the factors in one of the four domains (component factor-domain), with a description of the factors in `note`."
* insert CdrPanelObservation(factor-domain-score)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrFactorScoreVS (required)
* note MS
* note ^short = "The factors identified in this domain"
* component 1..1 MS
* component.code = CdrDeathDetail#factor-domain
* component.value[x] 1..1
* component.value[x] only CodeableConcept
* component.valueCodeableConcept from CdrFactorDomainVS (required)
