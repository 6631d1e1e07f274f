Instance: cdr-nhs-number-unavailable-to-ncmd
InstanceOf: ConceptMap
Usage: #definition
Title: "UK Core's NHS number unavailable reasons to NCMD's"
Description: "How a UK Core NHS-number-unavailable reason (what a sender gives) becomes one of NCMD's two reasons (what the CDR team reports): an overseas patient and a child of a devolved nation (Wales, Scotland, Northern Ireland) are both 'child non-resident in England'; an NHS number not known is 'NHS number not currently available'."
* url = "https://cdr-fhir.org.uk/fhir/ConceptMap/cdr-nhs-number-unavailable-to-ncmd"
* name = "CdrNhsNumberUnavailableToNcmd"
* title = "UK Core's NHS number unavailable reasons to NCMD's"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* sourceCanonical = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-nhs-number-unavailable-reason"
* targetCanonical = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-nhs-number-absent-reason"
* group[0].source = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberUnavailableReason"
* group[0].target = "https://cdr-fhir.org.uk/fhir/CodeSystem/cdr-nhs-number-absent-reason"
* group[0].element[0].code = #overseas-patient
* group[0].element[0].target[0].code = #non-resident-in-england
* group[0].element[0].target[0].equivalence = #equivalent
* group[0].element[1].code = #devolved-nation
* group[0].element[1].target[0].code = #non-resident-in-england
* group[0].element[1].target[0].equivalence = #narrower
* group[0].element[1].target[0].comment = "A child living in Wales, Scotland or Northern Ireland is not resident in England."
* group[0].element[2].code = #nhs-number-not-known
* group[0].element[2].target[0].code = #not-currently-available
* group[0].element[2].target[0].equivalence = #equivalent
