Profile: CdrCase
Parent: EpisodeOfCare
Id: cdr-case
Title: "Child death review case"
Description: "The case the server keeps for one child's death (one death, one case): the child, the responsible area, the designated doctor as care manager, the review stage, a local case number, and every notification received for it."
* extension contains
    ReviewStage named reviewStage 1..1 MS and
    ResponsibleArea named responsibleArea 0..1 MS and
    RoutingOutcome named routingOutcome 0..1 MS and
    CaseNotification named notification 0..* MS
* extension[responsibleArea] ^short = "Responsible local authority (GSS); absent while the case is in triage"
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains caseNumber 1..1 MS
* identifier[caseNumber] ^short = "Local case number, e.g. CDR-2026-0007"
* identifier[caseNumber].system 1..1
* identifier[caseNumber].system = $case-number (exactly)
* identifier[caseNumber].value 1..1
* status MS
* patient MS
* patient only Reference(CdrChild)
* careManager 0..1 MS
* careManager only Reference(PractitionerRole)
* careManager ^short = "The designated doctor responsible for the case (or the CDR manager while in triage)"
* managingOrganization MS
* period 1..1 MS
* period.start 1..1 MS
* period.start ^short = "Date the death was notified (case opened)"
* period.end MS
