Instance: role-cdr-manager
InstanceOf: CdrNotifierRole
Usage: #example
Title: "Child Death Review Manager"
Description: "The role of the CDR manager, the panel's coordinator, who receives every notification and triages out-of-area and unresolved cases."
* organization = Reference(org-qhg)
* code[0].text = "Child Death Review Manager"
* telecom[0].system = #email
* telecom[0].value = "cdr.manager@example.nhs.uk"
* telecom[0].use = #work
