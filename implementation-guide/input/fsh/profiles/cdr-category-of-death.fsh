Profile: CdrCategoryOfDeathObservation
Parent: Observation
Id: cdr-category-of-death
Title: "Category of death"
Description: "The category of death the Child Death Overview Panel decided (one of ten)."
* insert CdrPanelObservation(category-of-death)
* value[x] only CodeableConcept
* valueCodeableConcept from CdrCategoryOfDeathVS (required)
