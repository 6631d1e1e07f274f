Profile: CdrDeathExpectedness
Parent: Observation
Id: cdr-death-expectedness
Title: "Death expected or unexpected"
Description: "Whether the child's death was expected or unexpected (an unexpected death starts a Joint Agency Response)."
* insert CdrDeathDetailObservation(expectedness)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrExpectednessVS (required)
