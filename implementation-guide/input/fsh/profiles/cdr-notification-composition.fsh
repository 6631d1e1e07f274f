Profile: CdrNotificationComposition
Parent: Composition
Id: cdr-notification-composition
Title: "Child death notification (Composition)"
Description: "The Composition that opens a child death notification document: the child, the death, the place of death, perinatal details, the child's circumstances (safeguarding, learning disability or autism), the family, the professionals involved and the notifier, one section each. The place of death and the professionals, which NCMD's notification form asks for, are required sections: with their entries, or empty with an `emptyReason` saying why (cdr-section-entries-or-reason). An amended notification sends a new document whose relatesTo (code `replaces`) names the earlier document's identifier. References name base resource types: each entry of the document is validated against its profile once, through the document Bundle's entry slices, so that one error is reported once and not again at every reference to the resource."
* obeys cdr-notification-status
* status MS
* type 1..1 MS
* type = CdrDocumentType#child-death-notification
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child (the cdr-child entry of the document)"
* date MS
* author MS
* author only Reference(PractitionerRole or Organization)
* author ^short = "The notifier (a cdr-notifier-role) or the sending organisation (a cdr-organization)"
* title MS
* relatesTo MS
* relatesTo ^short = "An earlier notification this one amends or replaces (targetIdentifier = its Bundle.identifier)"
* section 1..* MS
* section.code 1..1 MS
* section.section 0..0
* section obeys cdr-section-entries-or-reason
* section ^slicing.discriminator.type = #pattern
* section ^slicing.discriminator.path = "code"
* section ^slicing.rules = #closed
* section ^slicing.description = "One section per topic, by section code"
* section contains
    child 1..1 MS and
    death 1..1 MS and
    placeOfDeath 1..1 MS and
    perinatal 0..1 MS and
    circumstances 0..1 MS and
    family 0..1 MS and
    professionals 1..1 MS and
    notifier 1..1 MS
* section[child].code = CdrSection#child
* section[child].entry 1..1
* section[child].entry only Reference(Patient)
* section[child].entry ^short = "The cdr-child"
* section[death].code = CdrSection#death
* section[death].entry 1..*
* section[death].entry only Reference(Observation)
* section[death].entry ^short = "The death observations (cdr-death-expectedness, cdr-jar-started, cdr-post-mortem, cdr-coroner-referral, cdr-suspected-stillbirth-at-home, cdr-death-circumstances, cdr-fatal-event, cdr-mode-of-death)"
* section[placeOfDeath].code = CdrSection#place-of-death
* section[placeOfDeath].entry 0..1
* section[placeOfDeath].entry only Reference(Location)
* section[placeOfDeath].entry ^short = "The cdr-place-of-death (or none, and an emptyReason)"
* section[perinatal].code = CdrSection#perinatal
* section[perinatal].entry 1..1
* section[perinatal].entry only Reference(Observation)
* section[perinatal].entry ^short = "The cdr-perinatal observation"
* section[circumstances].code = CdrSection#circumstances
* section[circumstances].entry 1..*
* section[circumstances].entry only Reference(Observation)
* section[circumstances].entry ^short = "The cdr-safeguarding and cdr-learning-disability-autism observations"
* section[family].code = CdrSection#family
* section[family].entry 1..*
* section[family].entry only Reference(RelatedPerson)
* section[family].entry ^short = "The cdr-related-persons"
* section[professionals].code = CdrSection#professionals
* section[professionals].entry 0..*
* section[professionals].entry only Reference(CareTeam or PractitionerRole)
* section[professionals].entry ^short = "A cdr-care-team, or cdr-notifier-roles (or none, and an emptyReason)"
* section[notifier].code = CdrSection#notifier
* section[notifier].entry 1..1
* section[notifier].entry only Reference(PractitionerRole)
* section[notifier].entry ^short = "The notifier's cdr-notifier-role"

Invariant: cdr-notification-status
Description: "A notification is final or amended."
Severity: #error
Expression: "status = 'final' or status = 'amended'"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The Composition's status is neither final nor amended: send a notification as final (amended when it corrects an earlier one)."

Invariant: cdr-section-entries-or-reason
Description: "A section has entries, or none and an emptyReason saying why (e.g. `unavailable`, `withheld`, `notasked` from http://terminology.hl7.org/CodeSystem/list-empty-reason)."
Severity: #error
Expression: "entry.exists() or emptyReason.exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The section has no entries and no emptyReason: give its entries, or say why there are none in emptyReason (e.g. unavailable)."
