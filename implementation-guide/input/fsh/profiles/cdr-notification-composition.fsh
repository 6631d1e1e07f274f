Profile: CdrNotificationComposition
Parent: Composition
Id: cdr-notification-composition
Title: "Child death notification (Composition)"
Description: "The Composition that opens a child death notification document: the child, the death, the place of death, the family, the professionals involved and the notifier, one section each. An amended notification sends a new document whose relatesTo (code `replaces`) names the earlier document's identifier."
* obeys cdr-notification-status
* status MS
* type 1..1 MS
* type = CdrDocumentType#child-death-notification
* subject 1..1 MS
* subject only Reference(CdrChild)
* date MS
* author MS
* author only Reference(CdrNotifierRole or CdrOrganization)
* title MS
* relatesTo MS
* relatesTo ^short = "An earlier notification this one amends or replaces (targetIdentifier = its Bundle.identifier)"
* section 1..* MS
* section.code 1..1 MS
* section.section 0..0
* section ^slicing.discriminator.type = #pattern
* section ^slicing.discriminator.path = "code"
* section ^slicing.rules = #closed
* section ^slicing.description = "One section per topic, by section code"
* section contains
    child 1..1 MS and
    death 1..1 MS and
    placeOfDeath 0..1 MS and
    family 0..1 MS and
    professionals 0..1 MS and
    notifier 1..1 MS
* section[child].code = CdrSection#child
* section[child].entry 1..1
* section[child].entry only Reference(CdrChild)
* section[death].code = CdrSection#death
* section[death].entry 1..*
* section[death].entry only Reference(CdrDeathExpectedness or CdrJarStarted or CdrPostMortem or CdrCoronerReferral or CdrSuspectedStillbirthAtHome or CdrDeathCircumstances)
* section[placeOfDeath].code = CdrSection#place-of-death
* section[placeOfDeath].entry 1..1
* section[placeOfDeath].entry only Reference(CdrPlaceOfDeath)
* section[family].code = CdrSection#family
* section[family].entry 1..*
* section[family].entry only Reference(CdrRelatedPerson)
* section[professionals].code = CdrSection#professionals
* section[professionals].entry 1..*
* section[professionals].entry only Reference(CdrCareTeam or CdrNotifierRole)
* section[notifier].code = CdrSection#notifier
* section[notifier].entry 1..1
* section[notifier].entry only Reference(CdrNotifierRole)

Invariant: cdr-notification-status
Description: "A notification is final or amended."
Severity: #error
Expression: "status = 'final' or status = 'amended'"
