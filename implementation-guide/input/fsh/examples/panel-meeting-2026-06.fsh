Instance: panel-meeting-2026-06
InstanceOf: CdrPanelMeeting
Usage: #example
Title: "Panel meeting, June 2026"
Description: "The Bedfordshire and Luton Child Death Overview Panel meeting of 10 June 2026, with case CDR-2026-0007 on its agenda."
* status = #fulfilled
* description = "Bedfordshire and Luton Child Death Overview Panel: neonatal cases"
* start = "2026-06-10T13:30:00+01:00"
* end = "2026-06-10T16:30:00+01:00"
* supportingInformation[0] = Reference(case-cdr-2026-0007)
* participant[0].actor = Reference(role-panel-chair)
* participant[0].required = #required
* participant[0].status = #accepted
* participant[1].actor = Reference(role-designated-doctor-luton)
* participant[1].required = #required
* participant[1].status = #accepted
* participant[2].actor = Reference(role-designated-doctor-bedfordshire)
* participant[2].required = #required
* participant[2].status = #accepted
* participant[3].actor = Reference(role-cdr-manager)
* participant[3].required = #required
* participant[3].status = #accepted
