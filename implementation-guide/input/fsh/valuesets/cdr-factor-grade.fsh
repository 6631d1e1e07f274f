ValueSet: CdrFactorGradeVS
Id: cdr-factor-grade
Title: "Contributory factor grades"
Description: "All codes of the cdr-factor-grade code system."
* insert CdrValueSet
* include codes from system CdrFactorGrade
