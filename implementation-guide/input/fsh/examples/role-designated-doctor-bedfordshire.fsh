Instance: role-designated-doctor-bedfordshire
InstanceOf: CdrNotifierRole
Usage: #example
Title: "Designated doctor for child deaths, Bedfordshire"
Description: "The role of the designated doctor for child deaths for Bedford Borough and Central Bedfordshire."
* organization = Reference(org-qhg)
* code[0] = $practitioner-role#doctor "Doctor"
* code[0].text = "Designated doctor for child deaths (Bedfordshire)"
* telecom[0].system = #email
* telecom[0].value = "designated.doctor.bedfordshire@example.nhs.uk"
* telecom[0].use = #work
