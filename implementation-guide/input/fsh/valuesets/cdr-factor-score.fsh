ValueSet: CdrFactorScoreVS
Id: cdr-factor-score
Title: "Factor domain scores"
Description: "All codes of the cdr-factor-score code system."
* insert CdrValueSet
* include codes from system CdrFactorScore
