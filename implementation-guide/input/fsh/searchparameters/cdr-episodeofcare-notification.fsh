Instance: cdr-episodeofcare-notification
InstanceOf: SearchParameter
Usage: #definition
Title: "Case: notification"
Description: "Search the case of a stored notification document, e.g. notification=Bundle/123."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-episodeofcare-notification"
* version = "0.1.0"
* name = "CdrEpisodeOfCareNotification"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search cases by the notification documents received for them (case-notification extension)."
* code = #notification
* base[0] = #EpisodeOfCare
* type = #reference
* target[0] = #Bundle
* expression = "EpisodeOfCare.extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/case-notification').value.ofType(Reference)"
* xpathUsage = #normal
