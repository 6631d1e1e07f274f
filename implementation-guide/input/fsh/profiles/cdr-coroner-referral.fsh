Profile: CdrCoronerReferral
Parent: Observation
Id: cdr-coroner-referral
Title: "Referred to the coroner"
Description: "Whether the death has been referred to the coroner: yes, no, not known, or not yet decided (cdr-answer). A `valueBoolean` (the guide's first form) is still accepted, with the warning cdr-coded-answer, and means yes or no."
* obeys cdr-coded-answer
* insert CdrDeathDetailObservation(coroner-referral)
* value[x] only CodeableConcept or boolean
* valueCodeableConcept from CdrAnswerVS (required)
