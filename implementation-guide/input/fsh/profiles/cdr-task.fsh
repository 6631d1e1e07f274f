Profile: CdrTask
Parent: Task
Id: cdr-task
Title: "Child death review task"
Description: "A piece of work, or a statutory clock, of a child death review case: review by the designated doctor, notify NCMD (48 hours), JAR, request reporting forms, CDRM, panel review, out-of-area transfer, triage."
* code 1..1 MS
* code from CdrTaskTypeVS (required)
* status MS
* intent = #order
* for 1..1 MS
* for only Reference(CdrChild)
* focus 1..1 MS
* focus only Reference(CdrCase)
* focus ^short = "The case"
* owner 0..1 MS
* owner only Reference(PractitionerRole)
* authoredOn 1..1 MS
* lastModified MS
* basedOn MS
* basedOn ^short = "The notification that gave rise to the task, if any"
* restriction MS
* restriction.period MS
* restriction.period.end MS
* restriction.period.end ^short = "Due date: the statutory deadline"
* restriction.period.end ^definition = "The due date of the task: the statutory deadline (e.g. NCMD notification 48 hours after receipt), or the configured target."
* executionPeriod MS
