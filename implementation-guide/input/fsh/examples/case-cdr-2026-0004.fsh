Instance: case-cdr-2026-0004
InstanceOf: CdrCase
Usage: #example
Title: "Case CDR-2026-0004 (Leo Hartwell, information gathering)"
Description: "The case of notification-unexpected-home: resident in Central Bedfordshire, routed to the Bedfordshire designated doctor; JAR under way."
* extension[reviewStage].valueCoding = CdrReviewStage#information-gathering "Information gathering"
* extension[responsibleArea].valueCoding = $gss#E06000056 "Central Bedfordshire"
* extension[routingOutcome].valueCoding = CdrRoutingOutcome#in-area "Resident in the footprint"
* extension[notification].valueReference = Reference(notification-unexpected-home)
* identifier[caseNumber].system = $case-number
* identifier[caseNumber].value = "CDR-2026-0004"
* status = #active
* patient = Reference(child-leo-hartwell)
* careManager = Reference(role-designated-doctor-bedfordshire)
* managingOrganization = Reference(org-qhg)
* period.start = "2026-01-20T10:15:09+00:00"
