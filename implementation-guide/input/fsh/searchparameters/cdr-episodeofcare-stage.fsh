Instance: cdr-episodeofcare-stage
InstanceOf: SearchParameter
Usage: #definition
Title: "Case: review stage"
Description: "Search cases by review stage, e.g. stage=ready-for-panel."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-episodeofcare-stage"
* version = "0.1.0"
* name = "CdrEpisodeOfCareStage"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search cases by review stage (review-stage extension)."
* code = #stage
* base[0] = #EpisodeOfCare
* type = #token
* expression = "EpisodeOfCare.extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/review-stage').value.ofType(Coding)"
* xpathUsage = #normal
