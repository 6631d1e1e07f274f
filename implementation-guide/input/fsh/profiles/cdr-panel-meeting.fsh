Profile: CdrPanelMeeting
Parent: Appointment
Id: cdr-panel-meeting
Title: "Child Death Overview Panel meeting"
Description: "A meeting of the Child Death Overview Panel, with the panel members as participants and the cases on its agenda."
* status MS
* description MS
* start 1..1 MS
* end MS
* participant 1..* MS
* participant ^short = "Panel members (chair, designated doctors, CDR manager, agencies)"
* participant.actor 1..1 MS
* participant.actor only Reference(PractitionerRole)
* supportingInformation MS
* supportingInformation only Reference(CdrCase)
* supportingInformation ^short = "The cases on the agenda"
