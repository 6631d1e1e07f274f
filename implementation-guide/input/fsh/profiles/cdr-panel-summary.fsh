Profile: CdrPanelSummary
Parent: Composition
Id: cdr-panel-summary
Title: "Child Death Overview Panel summary"
Description: "The anonymised summary of the cases on a panel meeting's agenda, for the panel members: one section per case (code case-summary) whose narrative gives the age band, area, category of death, modifiable factors, learning and recommendations, and never a name, NHS number, address or exact date. Its subject is the meeting, never a child."
* obeys cdr-summary-anonymised
* status MS
* type = CdrDocumentType#panel-summary
* type MS
* subject 0..1 MS
* subject only Reference(CdrPanelMeeting)
* subject ^short = "The panel meeting (never a child)"
* date MS
* author MS
* author only Reference(PractitionerRole or Organization)
* title MS
* section MS
* section.code 1..1 MS
* section.code = CdrSection#case-summary
* section.title 1..1 MS
* section.title ^short = "e.g. Case 3 of 7"
* section.text 1..1 MS
* section.text ^short = "The anonymised facts: age band, area, category, modifiable factors, learning, recommendations"
* section.section 0..0

Invariant: cdr-summary-anonymised
Description: "The summary is anonymised: no section entry refers to a Patient."
Severity: #error
Expression: "section.entry.all((reference.exists() and reference.matches('(^|/)Patient/')).not() and (type.exists() and type = 'Patient').not())"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The panel summary refers to a Patient: a summary is anonymised and names no child."
