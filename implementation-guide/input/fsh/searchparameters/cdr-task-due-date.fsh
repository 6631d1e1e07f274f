Instance: cdr-task-due-date
InstanceOf: SearchParameter
Usage: #definition
Title: "Task: due date"
Description: "Search tasks by due date (statutory deadline), e.g. due-date=lt2026-03-01 with status=requested,in-progress for overdue work."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-task-due-date"
* version = "0.1.0"
* name = "CdrTaskDueDate"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search tasks by due date (Task.restriction.period.end)."
* code = #due-date
* base[0] = #Task
* type = #date
* expression = "Task.restriction.period.end"
* xpathUsage = #normal
