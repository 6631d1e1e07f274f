ValueSet: CdrModeOfDeathVS
Id: cdr-mode-of-death
Title: "Mode of death"
Description: "All codes of the cdr-mode-of-death code system."
* insert CdrValueSet
* include codes from system CdrModeOfDeathCodes
