Profile: CdrPostMortem
Parent: Observation
Id: cdr-post-mortem
Title: "Post-mortem"
Description: "Whether a post-mortem examination is arranged, required, not required, not known or not yet decided (cdr-post-mortem-status). A `valueBoolean` (the guide's first form: true = required or arranged) is still accepted, with the warning cdr-coded-answer."
* obeys cdr-coded-answer
* insert CdrDeathDetailObservation(post-mortem)
* value[x] only CodeableConcept or boolean
* valueCodeableConcept from CdrPostMortemStatusVS (required)
