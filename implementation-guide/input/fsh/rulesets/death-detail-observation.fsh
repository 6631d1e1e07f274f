// Common rules of the death-detail observations of the notification.
RuleSet: CdrDeathDetailObservation(code)
* status = #final
* status MS
* code 1..1 MS
* code = CdrDeathDetail#{code}
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child (the cdr-child of the notification)"
* value[x] 1..1 MS
* focus 0..0
* component 0..0
* hasMember 0..0

// Common rules of the panel's observations.
RuleSet: CdrPanelObservation(code)
* status MS
* code 1..1 MS
* code = CdrDeathDetail#{code}
* subject 1..1 MS
* subject only Reference(CdrChild)
* focus 1..1 MS
* focus only Reference(CdrCase)
* focus ^short = "The case (EpisodeOfCare) the panel reviewed"
* derivedFrom MS
* derivedFrom only Reference(CdrAnalysisResponse)
* derivedFrom ^short = "The Analysis Form response the value comes from"
* effective[x] only dateTime
* effective[x] MS
* effective[x] ^short = "Date of the panel's decision"
* value[x] 1..1 MS

// Common rules of the notification's observations whose answers are components (one component per question).
RuleSet: CdrComponentObservation(code)
* status = #final
* status MS
* code 1..1 MS
* code = CdrDeathDetail#{code}
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child (the cdr-child of the notification)"
* value[x] 0..0
* focus 0..0
* hasMember 0..0
* component 1..* MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #closed
* component ^slicing.description = "One component per question, by code"

// A component answering yes / no / not known (or not yet decided, with the given value set).
RuleSet: AnswerComponent(slice, code, valueSet)
* component[{slice}].code = CdrDeathDetail#{code}
* component[{slice}].value[x] 1..1
* component[{slice}].value[x] only CodeableConcept
* component[{slice}].valueCodeableConcept from {valueSet} (required)
