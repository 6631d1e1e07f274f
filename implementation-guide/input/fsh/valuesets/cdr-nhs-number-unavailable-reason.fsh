ValueSet: CdrNhsNumberUnavailableReasonVS
Id: cdr-nhs-number-unavailable-reason
Title: "NHS number unavailable reasons (UK Core's codes)"
Description: "UK Core's three reasons an NHS number is unavailable, which cdr-child requires in UK Core's extension (the ConceptMap cdr-nhs-number-unavailable-to-ncmd gives NCMD's reason for each)."
* insert CdrValueSet
* include codes from system UKCoreNHSNumberUnavailableReason
