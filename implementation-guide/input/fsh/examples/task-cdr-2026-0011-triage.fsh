Instance: task-cdr-2026-0011-triage
InstanceOf: CdrTask
Usage: #example
Title: "Task: triage (case CDR-2026-0011)"
Description: "The child's residence could not be resolved: the CDR manager decides who is responsible."
* code = CdrTaskType#triage "Triage"
* status = #requested
* intent = #order
* for = Reference(child-no-nhs-number)
* focus = Reference(case-cdr-2026-0011-triage)
* owner = Reference(role-cdr-manager)
* authoredOn = "2026-03-02T18:05:00+00:00"
* restriction.period.end = "2026-03-04T18:05:00+00:00"
