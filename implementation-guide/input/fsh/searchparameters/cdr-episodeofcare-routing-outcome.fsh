Instance: cdr-episodeofcare-routing-outcome
InstanceOf: SearchParameter
Usage: #definition
Title: "Case: routing outcome"
Description: "Search cases by routing outcome, e.g. routing-outcome=unresolved for the triage list."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-episodeofcare-routing-outcome"
* version = "0.1.0"
* name = "CdrEpisodeOfCareRoutingOutcome"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search cases by routing outcome (routing-outcome extension)."
* code = #routing-outcome
* base[0] = #EpisodeOfCare
* type = #token
* expression = "EpisodeOfCare.extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/routing-outcome').value.ofType(Coding)"
* xpathUsage = #normal
