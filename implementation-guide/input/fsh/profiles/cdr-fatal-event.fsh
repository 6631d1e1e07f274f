Profile: CdrFatalEvent
Parent: Observation
Id: cdr-fatal-event
Title: "Fatal event"
Description: "The incident that led to the death, where it happened at another time or place than the death (e.g. a road traffic collision, a drowning, a fall): when it happened (`effectiveDateTime`), the kind of place (`valueCodeableConcept`, the place types of cdr-place-of-death-type), and where exactly in `note` (free text, e.g. the road or the town)."
* insert CdrDeathDetailObservation(fatal-event)
* effective[x] 1..1 MS
* effective[x] only dateTime
* effective[x] ^short = "When the incident happened"
* value[x] only CodeableConcept
* valueCodeableConcept from CdrPlaceOfDeathTypeVS (required)
* valueCodeableConcept ^short = "The kind of place where the incident happened"
* note MS
* note ^short = "Where exactly the incident happened (free text)"
