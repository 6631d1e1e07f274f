Instance: role-designated-doctor-luton
InstanceOf: CdrNotifierRole
Usage: #example
Title: "Designated doctor for child deaths, Luton"
Description: "The role of the designated doctor for child deaths for Luton (a role, configured per deployment: no real person is named)."
* organization = Reference(org-qhg)
* code[0] = $practitioner-role#doctor "Doctor"
* code[0].text = "Designated doctor for child deaths (Luton)"
* telecom[0].system = #email
* telecom[0].value = "designated.doctor.luton@example.nhs.uk"
* telecom[0].use = #work
