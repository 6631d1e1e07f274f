Instance: case-cdr-2026-0007
InstanceOf: CdrCase
Usage: #example
Title: "Case CDR-2026-0007 (Isla Marsh, reviewed by panel)"
Description: "The case of notification-expected-neonatal: resident in Luton, routed to the Luton designated doctor, reviewed by the panel in June 2026."
* extension[reviewStage].valueCoding = CdrReviewStage#reviewed-by-panel "Reviewed by panel"
* extension[responsibleArea].valueCoding = $gss#E06000032 "Luton"
* extension[routingOutcome].valueCoding = CdrRoutingOutcome#in-area "Resident in the footprint"
* extension[notification].valueReference = Reference(notification-expected-neonatal)
* identifier[caseNumber].system = $case-number
* identifier[caseNumber].value = "CDR-2026-0007"
* status = #active
* patient = Reference(child-isla-marsh)
* careManager = Reference(role-designated-doctor-luton)
* managingOrganization = Reference(org-qhg)
* period.start = "2026-02-14T09:30:12+00:00"
