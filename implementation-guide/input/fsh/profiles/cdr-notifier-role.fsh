Profile: CdrNotifierRole
Parent: PractitionerRole
Id: cdr-notifier-role
Title: "CDR professional role"
Description: "A professional in their role at an organisation: the notifier of a death (whom the child death review team calls back), a professional who cared for the child, a designated doctor or a panel member."
* organization 1..1 MS
* organization only Reference(Organization)
* organization ^short = "The organisation (a cdr-organization: by its ODS code, or for one without, another identifier or its name)"
* code 1..* MS
* code ^short = "Role, e.g. consultant neonatologist, paediatric registrar, health visitor"
* telecom 1..* MS
* telecom ^short = "How the child death review team reaches this person"
* practitioner MS
* practitioner only Reference(Practitioner)
