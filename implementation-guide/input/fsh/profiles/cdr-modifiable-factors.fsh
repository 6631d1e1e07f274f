Profile: CdrModifiableFactors
Parent: Observation
Id: cdr-modifiable-factors
Title: "Modifiable factors"
Description: "The panel's conclusion on modifiable factors: identified (at least one contributory factor is modifiable), not identified, or insufficient information. Extracted from the Analysis Form response; the factors themselves are cdr-contributory-factor observations of the same response."
* insert CdrPanelObservation(modifiable-factors)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrModifiableFactorOutcomeVS (required)
