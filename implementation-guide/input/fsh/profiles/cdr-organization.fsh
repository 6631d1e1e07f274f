Profile: CdrOrganization
Parent: Organization
Id: cdr-organization
Title: "CDR organization"
Description: "An NHS or care organisation identified by its ODS code: a trust, hospital, GP practice, ICB, local authority or hospice."
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains odsCode 1..1 MS
* identifier[odsCode] ^short = "ODS organisation code"
* identifier[odsCode].system 1..1
* identifier[odsCode].system = $ods-org (exactly)
* identifier[odsCode].value 1..1
* name 1..1 MS
* telecom MS
* address MS
