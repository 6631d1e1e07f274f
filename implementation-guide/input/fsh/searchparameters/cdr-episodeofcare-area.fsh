Instance: cdr-episodeofcare-area
InstanceOf: SearchParameter
Usage: #definition
Title: "Case: responsible area"
Description: "Search cases by responsible area (GSS code of the local authority), e.g. area=http://statistics.data.gov.uk/id/statistical-geography|E06000032."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-episodeofcare-area"
* version = "0.1.0"
* name = "CdrEpisodeOfCareArea"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search cases by responsible area (GSS code of the local authority in the responsible-area extension)."
* code = #area
* base[0] = #EpisodeOfCare
* type = #token
* expression = "EpisodeOfCare.extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/responsible-area').value.ofType(Coding)"
* xpathUsage = #normal
