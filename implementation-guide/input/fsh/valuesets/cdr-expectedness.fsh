ValueSet: CdrExpectednessVS
Id: cdr-expectedness
Title: "Expected or unexpected death"
Description: "All codes of the cdr-expectedness code system."
* insert CdrValueSet
* include codes from system CdrExpectedness
