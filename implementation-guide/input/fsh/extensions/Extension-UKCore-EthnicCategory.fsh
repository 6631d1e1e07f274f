Extension: ExtensionUKCoreEthnicCategory
Id: Extension-UKCore-EthnicCategory
Title: "Ethnic category (UK Core's extension, local copy of its rules)"
Description: "LOCAL COPY of UK Core's Extension-UKCore-EthnicCategory under UK Core's canonical URL, with UK Core's rules and no others: context Patient, one CodeableConcept, **preferred** binding to UK Core's ValueSet UKCore-EthnicCategory. It is here only because the UK Core package cannot be fetched where this guide is built; where the server is given the UK Core package, UK Core's own definition is used instead. cdr-fhir's stricter rule (England's codes only, required) is on the cdr-child profile's use of the extension, not on this definition, so the two definitions under this URL never disagree."
* ^url = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory"
* ^publisher = "cdr-fhir (local copy of HL7 UK's definition)"
* ^context[0].type = #element
* ^context[0].expression = "Patient"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory (preferred)
