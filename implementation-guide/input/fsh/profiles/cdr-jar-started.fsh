Profile: CdrJarStarted
Parent: Observation
Id: cdr-jar-started
Title: "Joint Agency Response started"
Description: "Whether a Joint Agency Response (JAR) was started for the death: yes, no, not known, or not yet decided (cdr-answer). A `valueBoolean` (the guide's first form) is still accepted, with the warning cdr-coded-answer, and means yes or no."
* obeys cdr-coded-answer
* insert CdrDeathDetailObservation(jar-started)
* value[x] only CodeableConcept or boolean
* valueCodeableConcept from CdrAnswerVS (required)
