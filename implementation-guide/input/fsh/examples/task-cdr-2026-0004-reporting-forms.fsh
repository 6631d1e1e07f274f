Instance: task-cdr-2026-0004-reporting-forms
InstanceOf: CdrTask
Usage: #example
Title: "Task: request reporting forms (case CDR-2026-0004)"
Description: "Ask every agency that knew the child for a Reporting Form, due in two weeks (a configured target)."
* code = CdrTaskType#request-reporting-forms "Request reporting forms"
* status = #requested
* intent = #order
* for = Reference(child-leo-hartwell)
* focus = Reference(case-cdr-2026-0004)
* owner = Reference(role-cdr-manager)
* authoredOn = "2026-01-20T10:15:09+00:00"
* restriction.period.end = "2026-02-03T17:00:00+00:00"
