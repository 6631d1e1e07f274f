Extension: ExtensionUKCoreNHSNumberVerificationStatus
Id: Extension-UKCore-NHSNumberVerificationStatus
Title: "NHS number verification status (UK Core's extension, local copy of its rules)"
Description: "LOCAL COPY of UK Core's Extension-UKCore-NHSNumberVerificationStatus under UK Core's canonical URL, with UK Core's rules and no others: context Patient.identifier, one CodeableConcept, **required** binding to UK Core's ValueSet UKCore-NHSNumberVerificationStatus. Here only because the UK Core package cannot be fetched where this guide is built; where the server is given the UK Core package, UK Core's own definition is used. cdr-child narrows its use to England's codes (01 to 08)."
* ^url = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus"
* ^publisher = "cdr-fhir (local copy of HL7 UK's definition)"
* ^context[0].type = #element
* ^context[0].expression = "Patient.identifier"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from https://fhir.hl7.org.uk/ValueSet/UKCore-NHSNumberVerificationStatus (required)
