ValueSet: CdrPlaceOfDeathTypeVS
Id: cdr-place-of-death-type
Title: "Place of death types"
Description: "All codes of the cdr-place-of-death-type code system."
* insert CdrValueSet
* include codes from system CdrPlaceOfDeathType
