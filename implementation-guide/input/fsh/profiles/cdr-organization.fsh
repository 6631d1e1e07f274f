Profile: CdrOrganization
Parent: Organization
Id: cdr-organization
Title: "CDR organization"
Description: "An organisation of the professionals involved: an NHS or care organisation by its ODS code (a trust, hospital, GP practice, ICB, local authority or hospice), or one without an ODS code (police, a school, children's social care, a coroner's office) by another identifier or by its name alone. `name` is always required."
* identifier MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains odsCode 0..1 MS
* identifier[odsCode] ^short = "ODS organisation code (NHS and care organisations; others may give another identifier, or none)"
* identifier[odsCode].system 1..1
* identifier[odsCode].system = $ods-org (exactly)
* identifier[odsCode].value 1..1
* name 1..1 MS
* type MS
* type ^short = "What kind of organisation (e.g. police, school, social care), as text or a code"
* telecom MS
* address MS
