Instance: cdr-task-open-code
InstanceOf: SearchParameter
Usage: #definition
Title: "Task: type while open"
Description: "Search tasks not yet done by their type, in one parameter: Task?open-code=jar&due-date=lt2026-03-01T09:00:00Z (JAR tasks overdue). A done or cancelled task has no open-code, so the index holds the open work only and a count of a type's open tasks reads those, not every task of the type ever set."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-task-open-code"
* version = "0.1.0"
* name = "CdrTaskOpenCode"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "The type (Task.code) of a task whose status is draft, requested, received, accepted, ready, in-progress or on-hold: the same as status=draft,requested,received,accepted,ready,in-progress,on-hold&code=... in one parameter."
* code = #open-code
* base[0] = #Task
* type = #token
* expression = "Task.where(status = 'draft' or status = 'requested' or status = 'received' or status = 'accepted' or status = 'ready' or status = 'in-progress' or status = 'on-hold').code"
* xpathUsage = #normal
