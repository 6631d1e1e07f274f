Profile: CdrCareTeam
Parent: CareTeam
Id: cdr-care-team
Title: "Professionals involved"
Description: "Every professional who cared for the child in life or after death, each a cdr-notifier-role PractitionerRole with their organisation: NHS staff and professionals who are not (police, schools, social workers, coroner's officers), whose organisation may have no ODS code."
* status MS
* subject 1..1 MS
* subject only Reference(Patient)
* subject ^short = "The child (the cdr-child of the notification)"
* participant 1..* MS
* participant.role MS
* participant.member 1..1 MS
* participant.member only Reference(PractitionerRole)
* participant.member ^short = "A professional in their role (a cdr-notifier-role)"
