Instance: task-cdr-2026-0004-notify-ncmd
InstanceOf: CdrTask
Usage: #example
Title: "Task: notify NCMD (case CDR-2026-0004, completed)"
Description: "Notify the National Child Mortality Database within 48 hours of the notification; done."
* code = CdrTaskType#notify-ncmd "Notify NCMD"
* status = #completed
* intent = #order
* for = Reference(child-leo-hartwell)
* focus = Reference(case-cdr-2026-0004)
* basedOn[0] = Reference(notification-unexpected-home)
* owner = Reference(role-cdr-manager)
* authoredOn = "2026-01-20T10:15:09+00:00"
* lastModified = "2026-01-20T15:42:00+00:00"
* restriction.period.end = "2026-01-22T10:15:09+00:00"
