ValueSet: CdrRoutingOutcomeVS
Id: cdr-routing-outcome
Title: "Routing outcomes"
Description: "All codes of the cdr-routing-outcome code system."
* insert CdrValueSet
* include codes from system CdrRoutingOutcome
