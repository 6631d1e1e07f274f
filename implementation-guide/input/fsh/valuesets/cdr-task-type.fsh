ValueSet: CdrTaskTypeVS
Id: cdr-task-type
Title: "CDR task types"
Description: "All codes of the cdr-task-type code system."
* insert CdrValueSet
* include codes from system CdrTaskType
