Profile: CdrRelatedPerson
Parent: RelatedPerson
Id: cdr-related-person
Title: "CDR family member or carer"
Description: "A parent, carer or other person with parental responsibility for the child (relationship coded from v3 RoleCode, e.g. MTH mother, FTH father, GRMTH grandmother, FSTMTH foster mother, as bound in base FHIR)."
* extension contains ParentalResponsibility named parentalResponsibility 0..1 MS
* patient ^short = "The child (the cdr-child of the notification)"
* relationship 1..* MS
* name MS
* telecom MS
* address MS
