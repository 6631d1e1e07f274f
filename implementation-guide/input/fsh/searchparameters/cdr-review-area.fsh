Instance: cdr-review-area
InstanceOf: SearchParameter
Usage: #definition
Title: "Any record: review area"
Description: "Search any record by the review-area security label its case gives it (the designated doctor's area), e.g. Task?review-area=https://cdr-fhir.org.uk/fhir/Id/review-area|designated-doctor-luton. The server narrows a designated doctor's searches with it: as a search parameter of its own it is indexed like any other token, so the database can tell that half the records carry a label and look it up last, where the same condition on _security (a join through the tag tables) is looked up first."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-review-area"
* version = "0.1.0"
* name = "CdrReviewArea"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "The review-area security label (meta.security with system https://cdr-fhir.org.uk/fhir/Id/review-area) of any record."
* code = #review-area
* base[0] = #Resource
* type = #token
* expression = "Resource.meta.security.where(system = 'https://cdr-fhir.org.uk/fhir/Id/review-area')"
* xpathUsage = #normal
