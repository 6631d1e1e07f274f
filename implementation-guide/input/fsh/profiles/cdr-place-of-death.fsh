Profile: CdrPlaceOfDeath
Parent: Location
Id: cdr-place-of-death
Title: "Place of death"
Description: "Where the child died: a hospital or hospice (with its ODS code), home, a public place, or another place."
* obeys cdr-place-ods-code
* type 1..1 MS
* type from CdrPlaceOfDeathTypeVS (required)
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains odsSiteCode 0..1 MS and odsOrganizationCode 0..1 MS
* identifier[odsSiteCode] ^short = "ODS site code of a hospital site (e.g. RC971)"
* identifier[odsSiteCode].system 1..1
* identifier[odsSiteCode].system = $ods-site (exactly)
* identifier[odsSiteCode].value 1..1
* identifier[odsOrganizationCode] ^short = "ODS organisation code (e.g. of a hospice without a site code)"
* identifier[odsOrganizationCode].system 1..1
* identifier[odsOrganizationCode].system = $ods-org (exactly)
* identifier[odsOrganizationCode].value 1..1
* name MS
* address MS
* managingOrganization MS
* managingOrganization only Reference(Organization)
* managingOrganization ^short = "The organisation running the site (a cdr-organization)"

Invariant: cdr-place-ods-code
Description: "A hospital or hospice place of death is identified by its ODS code (site code, or organisation code)."
Severity: #error
Expression: "type.coding.where(system = 'https://cdr-fhir.org.uk/fhir/CodeSystem/cdr-place-of-death-type' and (code = 'hospital' or code = 'hospice')).exists() implies identifier.where((system = 'https://fhir.nhs.uk/Id/ods-site-code' or system = 'https://fhir.nhs.uk/Id/ods-organization-code') and value.exists()).exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The hospital or hospice place of death has no ODS code: add its ODS site or organisation code as an identifier."
