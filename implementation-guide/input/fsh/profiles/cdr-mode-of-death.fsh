Profile: CdrModeOfDeath
Parent: Observation
Id: cdr-mode-of-death
Title: "Mode of death"
Description: "How the child came to die (cdr-mode-of-death), as distinct from the cause: found dead, collapse and failed resuscitation, withdrawal or limitation of treatment, brain-stem death, died despite full treatment, not known."
* insert CdrDeathDetailObservation(mode-of-death)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrModeOfDeathVS (required)
