Instance: task-cdr-2026-0004-jar
InstanceOf: CdrTask
Usage: #example
Title: "Task: Joint Agency Response (case CDR-2026-0004, in progress)"
Description: "The JAR of an unexpected death, due at once (JAR meeting within 5 days by the deployment's default)."
* code = CdrTaskType#jar "Joint Agency Response"
* status = #in-progress
* intent = #order
* for = Reference(child-leo-hartwell)
* focus = Reference(case-cdr-2026-0004)
* basedOn[0] = Reference(notification-unexpected-home)
* owner = Reference(role-designated-doctor-bedfordshire)
* authoredOn = "2026-01-20T10:15:09+00:00"
* restriction.period.end = "2026-01-25T10:15:09+00:00"
