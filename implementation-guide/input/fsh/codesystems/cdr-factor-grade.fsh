CodeSystem: CdrFactorGrade
Id: cdr-factor-grade
Title: "Contributory factor grades"
Description: "How much one contributory factor weighed in the death, as the panel grades it on the Analysis Form (0 to 2). Whether the factor was modifiable is recorded beside the grade."
* insert CdrCodeSystem
* #0 "Information not available" "Not enough information to judge the factor."
* #1 "Unlikely to have contributed" "Factor identified, but unlikely to have contributed to the death."
* #2 "May have contributed" "Factor identified that may have contributed to the child's vulnerability, ill-health or death."
