ValueSet: CdrNhsNumberVerificationStatusVS
Id: cdr-nhs-number-verification-status
Title: "NHS number verification status (England)"
Description: "England's NHS number status indicator codes (01 to 08, UK Core's code system UKCore-NHSNumberVerificationStatusEngland): the subset of UK Core's value set that a notification in England uses. `08` (trace postponed, baby under six weeks old) matters for neonates."
* insert CdrValueSet
* include codes from system UKCoreNHSNumberVerificationStatusEngland
