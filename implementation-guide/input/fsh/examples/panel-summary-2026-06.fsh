Instance: panel-summary-2026-06
InstanceOf: CdrPanelSummary
Usage: #example
Title: "Panel summary, June 2026"
Description: "The anonymised summary of the June 2026 panel meeting's agenda: one section per case, no names, NHS numbers, addresses or exact dates."
* status = #final
* type = CdrDocumentType#panel-summary "Child Death Overview Panel summary"
* subject = Reference(panel-meeting-2026-06)
* date = "2026-06-03T09:00:00+01:00"
* author[0] = Reference(role-cdr-manager)
* title = "Child Death Overview Panel, June 2026: case summaries"
* section[0].title = "Case 1 of 1"
* section[0].code = CdrSection#case-summary "Case summary"
* section[0].text.status = #generated
* section[0].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>Age band:</b> under 28 days. <b>Area:</b> Luton. <b>Expected death.</b></p><p><b>Category of death:</b> 8 Perinatal/neonatal event. <b>Modifiable factors:</b> none identified.</p><p><b>Learning:</b> antenatal counselling and parallel planning with the family were exemplary.</p><p><b>Recommendations:</b> the Local Maternity and Neonatal System to review electronic transfer of fetal medicine reports between units.</p></div>"
