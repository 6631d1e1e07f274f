Extension: NhsNumberAbsentReason
Id: nhs-number-absent-reason
Title: "NHS number absent reason"
Description: "Why the child's NHS number is not given: child non-resident in England, or NHS number not currently available (NCMD notification form)."
* ^context[0].type = #element
* ^context[0].expression = "Patient"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from CdrNhsNumberAbsentReasonVS (required)
