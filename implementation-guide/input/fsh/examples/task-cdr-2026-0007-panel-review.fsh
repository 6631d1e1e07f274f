Instance: task-cdr-2026-0007-panel-review
InstanceOf: CdrTask
Usage: #example
Title: "Task: panel review (case CDR-2026-0007, completed)"
Description: "Review by the Child Death Overview Panel, aimed within 6 months; completed at the June 2026 meeting."
* code = CdrTaskType#panel-review "Panel review"
* status = #completed
* intent = #order
* for = Reference(child-isla-marsh)
* focus = Reference(case-cdr-2026-0007)
* owner = Reference(role-cdr-manager)
* authoredOn = "2026-02-14T09:30:12+00:00"
* lastModified = "2026-06-10T16:05:00+01:00"
* restriction.period.end = "2026-08-14T09:30:12+01:00"
