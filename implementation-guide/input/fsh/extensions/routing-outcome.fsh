Extension: RoutingOutcome
Id: routing-outcome
Title: "Routing outcome"
Description: "How the server routed the case from the child's normal residence: in the footprint, elsewhere in England, unresolved, not resident in England."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* value[x] 1..1
* value[x] only Coding
* valueCoding from CdrRoutingOutcomeVS (required)
* valueCoding.system 1..1
* valueCoding.code 1..1
