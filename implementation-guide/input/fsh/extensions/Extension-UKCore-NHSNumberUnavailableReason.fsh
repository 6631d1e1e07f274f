Extension: ExtensionUKCoreNHSNumberUnavailableReason
Id: Extension-UKCore-NHSNumberUnavailableReason
Title: "NHS number unavailable reason (UK Core's extension, local copy of its rules)"
Description: "LOCAL COPY of UK Core's Extension-UKCore-NHSNumberUnavailableReason under UK Core's canonical URL, with UK Core's rules and no others: context Patient, at most one, one CodeableConcept, **extensible** binding to UK Core's ValueSet UKCore-NHSNumberUnavailableReason. Here only because the UK Core package cannot be fetched where this guide is built; where the server is given the UK Core package, UK Core's own definition is used. cdr-child narrows its use to UK Core's codes (required), which the ConceptMap cdr-nhs-number-unavailable-to-ncmd maps to NCMD's reasons."
* ^url = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberUnavailableReason"
* ^publisher = "cdr-fhir (local copy of HL7 UK's definition)"
* ^context[0].type = #element
* ^context[0].expression = "Patient"
* . 0..1
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from https://fhir.hl7.org.uk/ValueSet/UKCore-NHSNumberUnavailableReason (extensible)
