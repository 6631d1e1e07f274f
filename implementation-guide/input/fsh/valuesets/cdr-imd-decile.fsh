ValueSet: CdrImdDecileVS
Id: cdr-imd-decile
Title: "Index of Multiple Deprivation deciles"
Description: "All codes of the cdr-imd-decile code system."
* insert CdrValueSet
* include codes from system CdrImdDecile
