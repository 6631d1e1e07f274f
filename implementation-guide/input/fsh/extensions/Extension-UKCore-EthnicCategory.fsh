Extension: ExtensionUKCoreEthnicCategory
Id: Extension-UKCore-EthnicCategory
Title: "Ethnic category (local stand-in for UK Core's extension)"
Description: "LOCAL STAND-IN for UK Core's Extension-UKCore-EthnicCategory, defined here only because the UK Core package cannot be fetched where this guide is built; it keeps UK Core's canonical URL. The person's ethnic category, coded with the NHS Data Dictionary ethnic category. Drop it when the UK Core package is reachable."
* ^url = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory"
* ^publisher = "cdr-fhir (stand-in for HL7 UK / NHS England)"
* ^context[0].type = #element
* ^context[0].expression = "Patient"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from CdrEthnicCategoryVS (required)
