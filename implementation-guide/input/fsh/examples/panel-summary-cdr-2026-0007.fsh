Instance: panel-summary-case-cdr-2026-0007
InstanceOf: CdrPanelSummary
Usage: #example
Title: "Panel summary of case CDR-2026-0007"
Description: "The anonymised summary of case CDR-2026-0007 as the panel read it after its review: no name, NHS number, address or date, only codes, counts, days after the death and the panel's own text."
* contained[0] = fact-age-band
* contained[1] = fact-category
* identifier.system = "https://cdr-fhir.org.uk/fhir/Id/case-number"
* identifier.value = "CDR-2026-0007"
* status = #final
* type = CdrDocumentType#panel-summary "Child Death Overview Panel summary"
* subject = Reference(case-cdr-2026-0007)
* date = "2026-06-03T12:00:00+01:00"
* author[0].display = "Child death review server, from the case record"
* title = "Case CDR-2026-0007"
* section[0].title = "The child"
* section[0].code = CdrSection#summary-child "The child"
* section[0].text.status = #generated
* section[0].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Age band: Under 28 days</p><p>Sex: Female</p></div>"
* section[0].entry[0].reference = "#fact-age-band"
* section[1].title = "The panel's analysis"
* section[1].code = CdrSection#summary-analysis "The panel's analysis"
* section[1].text.status = #generated
* section[1].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Category of death: Perinatal/neonatal event</p><p>Modifiable factors: not yet decided</p><p>Learning point: antenatal counselling and parallel planning with the family were exemplary.</p></div>"
* section[1].entry[0].reference = "#fact-category"
* section[2].title = "Timeline (days after the death)"
* section[2].code = CdrSection#summary-timeline "Timeline"
* section[2].text.status = #generated
* section[2].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Day 0: Death</p><p>Day 0: Case opened</p><p>Day 1: Notify NCMD: done</p><p>Day 110: Panel review: done</p></div>"

Instance: fact-age-band
InstanceOf: Observation
Usage: #inline
// a contained resource keeps the id its summary's entries point at
* id = "fact-age-band"
* status = #final
* code = CdrSummaryFact#age-band "Age band"
* valueCodeableConcept = CdrAgeBand#under-28-days "Under 28 days"

Instance: fact-category
InstanceOf: Observation
Usage: #inline
* id = "fact-category"
* status = #final
* code = CdrSummaryFact#category-of-death "Category of death"
* valueCodeableConcept = CdrCategoryOfDeath#8 "Perinatal/neonatal event"
