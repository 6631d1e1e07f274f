Instance: case-cdr-2026-0011-triage
InstanceOf: CdrCase
Usage: #example
Title: "Case CDR-2026-0011 (in triage)"
Description: "A case whose residence could not be resolved (the child, visiting from France, has no home postcode: the server does not guess residence from a country): routing outcome unresolved, no responsible area, the CDR manager as care manager, a triage task."
* extension[reviewStage].valueCoding = CdrReviewStage#notified "Notified"
* extension[routingOutcome].valueCoding = CdrRoutingOutcome#unresolved "Residence unknown or not resolvable"
* identifier[caseNumber].system = $case-number
* identifier[caseNumber].value = "CDR-2026-0011"
* status = #active
* patient = Reference(child-no-nhs-number)
* careManager = Reference(role-cdr-manager)
* managingOrganization = Reference(org-qhg)
* period.start = "2026-03-02T18:05:00+00:00"
