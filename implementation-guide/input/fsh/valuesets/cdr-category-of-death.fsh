ValueSet: CdrCategoryOfDeathVS
Id: cdr-category-of-death
Title: "Category of death"
Description: "All codes of the cdr-category-of-death code system."
* insert CdrValueSet
* include codes from system CdrCategoryOfDeath
