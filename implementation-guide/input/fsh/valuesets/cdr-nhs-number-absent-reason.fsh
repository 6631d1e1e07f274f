ValueSet: CdrNhsNumberAbsentReasonVS
Id: cdr-nhs-number-absent-reason
Title: "Reasons an NHS number is absent"
Description: "All codes of the cdr-nhs-number-absent-reason code system."
* insert CdrValueSet
* include codes from system CdrNhsNumberAbsentReason
