Profile: CdrPlaceOfDeath
Parent: Location
Id: cdr-place-of-death
Title: "Place of death"
Description: "Where the child died, with the distinctions the process acts on: a hospital (its emergency department, neonatal unit, paediatric intensive care or a ward), a hospice or a mental-health unit (each with its ODS code), home, a foster or residential home, custody, a public place, abroad (the country in `address.country`), or another place. A death in custody or in a mental-health unit requires a Joint Agency Response whatever the expectedness: the server starts one."
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
Description: "A hospital (any of its settings), hospice or mental-health unit place of death is identified by its ODS code (site code, or organisation code)."
Severity: #error
Expression: "type.coding.where(system = 'https://cdr-fhir.org.uk/fhir/CodeSystem/cdr-place-of-death-type' and (code in ('hospital' | 'emergency-department' | 'neonatal-unit' | 'paediatric-intensive-care' | 'ward' | 'hospice' | 'mental-health-unit'))).exists() implies identifier.where((system = 'https://fhir.nhs.uk/Id/ods-site-code' or system = 'https://fhir.nhs.uk/Id/ods-organization-code') and value.exists()).exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The hospital, hospice or mental-health unit where the child died has no ODS code: add its ODS site or organisation code as an identifier."
