ValueSet: CdrPluralityVS
Id: cdr-plurality
Title: "Plurality of birth"
Description: "All codes of the cdr-plurality code system."
* insert CdrValueSet
* include codes from system CdrPlurality
