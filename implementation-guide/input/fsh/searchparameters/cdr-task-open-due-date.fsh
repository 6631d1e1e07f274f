Instance: cdr-task-open-due-date
InstanceOf: SearchParameter
Usage: #definition
Title: "Task: due date while open"
Description: "Search tasks not yet done by their due date, in one parameter, so that a case's clocks can be asked for from the case: EpisodeOfCare?_has:Task:focus:open-due-date=lt2026-03-01T09:00:00Z (a case with an overdue clock). A done or cancelled task has no open-due-date."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-task-open-due-date"
* version = "0.1.0"
* name = "CdrTaskOpenDueDate"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "The due date (Task.restriction.period.end) of a task whose status is draft, requested, received, accepted, ready, in-progress or on-hold. Two _has parameters would each match any task of the case; this one matches the open task itself."
* code = #open-due-date
* base[0] = #Task
* type = #date
* expression = "Task.where(status = 'draft' or status = 'requested' or status = 'received' or status = 'accepted' or status = 'ready' or status = 'in-progress' or status = 'on-hold').restriction.period.end"
* xpathUsage = #normal
