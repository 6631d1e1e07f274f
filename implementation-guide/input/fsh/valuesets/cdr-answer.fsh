ValueSet: CdrAnswerVS
Id: cdr-answer
Title: "Answers that allow unknown and not yet decided"
Description: "All codes of the cdr-answer code system."
* insert CdrValueSet
* include codes from system CdrAnswer
