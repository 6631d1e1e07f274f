Profile: CdrPanelSummary
Parent: Composition
Id: cdr-panel-summary
Title: "Child Death Overview Panel summary of a case"
Description: "The anonymised summary of one case that the panel members read, built and kept current by the server (id panel-summary-[case id], one per case, updated in place; GET EpisodeOfCare/[id]/$panel-summary). Sections (cdr-section summary-*) give the case number's area and stage, the child's age band and sex, expectedness and kind of place of death, the panel's category and modifiable factors, a timeline in days after the death and the agencies involved; each coded fact is also a contained Observation (code cdr-summary-fact) its section lists. Never a name, NHS number, address, postcode, exact date or text copied from a notification or form: only the text the panel wrote for itself in the Analysis Form. Its subject is the case, never the child."
* obeys cdr-summary-anonymised and cdr-summary-facts-contained
* identifier 1..1 MS
* identifier.system 1..1
* identifier.system = "https://cdr-fhir.org.uk/fhir/Id/case-number"
* identifier.value 1..1
* identifier ^short = "The case number (e.g. CDR-2026-0007)"
* status MS
* status ^short = "preliminary until the panel has reviewed the case, then final"
* type = CdrDocumentType#panel-summary
* type MS
* subject 1..1 MS
* subject only Reference(CdrCase)
* subject ^short = "The case (never a child)"
* date MS
* author MS
* title MS
* section 1..* MS
* section.code 1..1 MS
* section.code ^short = "cdr-section summary-case, summary-child, summary-death, summary-analysis, summary-timeline or summary-agencies"
* section.title 1..1 MS
* section.text 1..1 MS
* section.text ^short = "The section's facts as lines of text: codes' displays, counts, days after the death"
* section.entry MS
* section.entry ^short = "The section's coded facts: contained Observations"
* section.section 0..0

Invariant: cdr-summary-anonymised
Description: "The summary is anonymised: no section entry refers to a Patient."
Severity: #error
Expression: "section.entry.all((reference.exists() and reference.matches('(^|/)Patient/')).not() and (type.exists() and type = 'Patient').not())"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The panel summary refers to a Patient: a summary is anonymised and names no child."

Invariant: cdr-summary-facts-contained
Description: "A summary's facts travel with it: its section entries are contained Observations, each with a coded value."
Severity: #error
Expression: "section.entry.all(reference.startsWith('#')) and contained.all($this is Observation and value.ofType(CodeableConcept).exists())"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "A panel summary's facts are contained Observations with coded values: a summary refers to no other record a panel member cannot read."
