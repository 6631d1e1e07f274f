Instance: cdr-appointment-case
InstanceOf: SearchParameter
Usage: #definition
Title: "Panel meeting: case on the agenda"
Description: "Search panel meetings by a case on their agenda, e.g. case=EpisodeOfCare/123."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-appointment-case"
* version = "0.1.0"
* name = "CdrAppointmentCase"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search panel meetings (Appointment) by the cases on their agenda (supportingInformation)."
* code = #case
* base[0] = #Appointment
* type = #reference
* target[0] = #EpisodeOfCare
* expression = "Appointment.supportingInformation"
* xpathUsage = #normal
