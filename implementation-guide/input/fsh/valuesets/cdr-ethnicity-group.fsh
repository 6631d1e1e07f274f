ValueSet: CdrEthnicityGroupVS
Id: cdr-ethnicity-group
Title: "Ethnicity groups"
Description: "All codes of the cdr-ethnicity-group code system."
* insert CdrValueSet
* include codes from system CdrEthnicityGroup
