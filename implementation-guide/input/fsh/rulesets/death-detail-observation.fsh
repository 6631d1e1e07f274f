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
