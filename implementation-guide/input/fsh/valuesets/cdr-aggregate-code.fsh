ValueSet: CdrAggregateCodeVS
Id: cdr-aggregate-code
Title: "Aggregate groups and stratifiers"
Description: "All codes of the cdr-aggregate-code code system."
* insert CdrValueSet
* include codes from system CdrAggregateCode
