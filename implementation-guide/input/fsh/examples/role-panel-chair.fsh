Instance: role-panel-chair
InstanceOf: CdrNotifierRole
Usage: #example
Title: "Panel chair (Director of Public Health)"
Description: "The chair of the Child Death Overview Panel."
* organization = Reference(org-qhg)
* code[0].text = "Chair, Child Death Overview Panel (Director of Public Health)"
* telecom[0].system = #email
* telecom[0].value = "cdop.chair@example.gov.uk"
* telecom[0].use = #work
