ValueSet: CdrAgeBandVS
Id: cdr-age-band
Title: "Age bands at death"
Description: "All codes of the cdr-age-band code system."
* insert CdrValueSet
* include codes from system CdrAgeBand
