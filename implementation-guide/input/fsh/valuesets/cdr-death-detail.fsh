ValueSet: CdrDeathDetailVS
Id: cdr-death-detail
Title: "CDR observation codes"
Description: "All codes of the cdr-death-detail code system."
* insert CdrValueSet
* include codes from system CdrDeathDetail
