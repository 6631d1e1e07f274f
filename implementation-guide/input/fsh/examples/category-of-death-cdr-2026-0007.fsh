Instance: category-of-death-cdr-2026-0007
InstanceOf: CdrCategoryOfDeathObservation
Usage: #example
Title: "Category of death (case CDR-2026-0007)"
Description: "The panel's category of death for case CDR-2026-0007: 8, perinatal/neonatal event."
* status = #final
* code = CdrDeathDetail#category-of-death "Category of death"
* subject = Reference(child-isla-marsh)
* focus = Reference(case-cdr-2026-0007)
* derivedFrom[0] = Reference(analysis-cdr-2026-0007)
* effectiveDateTime = "2026-06-10T15:30:00+01:00"
* valueCodeableConcept = CdrCategoryOfDeath#8 "Perinatal/neonatal event"
