CodeSystem: CdrCategoryOfDeath
Id: cdr-category-of-death
Title: "Category of death"
Description: "The ten categories of death from which a Child Death Overview Panel picks one (NCMD Analysis Form; wording as in NHS Digital's child death review statistics, numbering as commonly used)."
* insert CdrCodeSystem
* #1 "Deliberately inflicted injury, abuse or neglect"
* #2 "Suicide or deliberate self-inflicted harm"
* #3 "Trauma and other external factors"
* #4 "Malignancy"
* #5 "Acute medical or surgical condition"
* #6 "Chronic medical condition"
* #7 "Chromosomal, genetic and congenital anomalies"
* #8 "Perinatal/neonatal event"
* #9 "Infection"
* #10 "Sudden unexpected, unexplained death"
