Profile: CdrModifiableFactors
Parent: Observation
Id: cdr-modifiable-factors
Title: "Modifiable factors"
Description: "The panel's conclusion on modifiable factors: identified, not identified, or insufficient information."
* insert CdrPanelObservation(modifiable-factors)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrModifiableFactorOutcomeVS (required)
