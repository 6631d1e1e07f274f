// An acknowledgement refusing a notification: the details are in an OperationOutcome of the acknowledgement.

Instance: AckErrorHeader
InstanceOf: CdrAcknowledgementHeader
Usage: #inline
* id = "f1d2c3b4-5a69-4788-9b0a-1c2d3e4f5a6b"
* eventCoding = CdrNotificationEvent#child-death-notification "Child death notification"
* sender.display = "Bedfordshire and Luton child death review partners (cdr-fhir)"
* source.name = "cdr-fhir"
* source.endpoint = "https://cdr.bedfordshire-luton.example/fhir"
* response.identifier = "7d0e5f3a-2b1c-4e8f-9a6d-3c5b7e9f1a2b"
* response.code = #fatal-error
* response.details.reference = "urn:uuid:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"

Instance: AckErrorOutcome
InstanceOf: OperationOutcome
Usage: #inline
* issue[0].severity = #error
* issue[0].code = #invariant
* issue[0].details.text = "cdr-nhs-number-check-digit: An NHS number is 10 digits with a valid modulus 11 check digit"
* issue[0].expression[0] = "Bundle.entry[1].resource.ofType(Patient).identifier[0]"

Instance: acknowledgement-fatal-error
InstanceOf: CdrAcknowledgement
Usage: #example
Title: "Acknowledgement: notification refused"
Description: "An acknowledgement refusing a notification message whose child had an NHS number with a wrong check digit; the OperationOutcome names the element and the rule. Nothing was stored."
* identifier.system = "https://cdr-fhir.org.uk/fhir/Id/acknowledgement"
* identifier.value = "ACK-2026-000312"
* type = #message
* timestamp = "2026-01-21T08:02:11+00:00"
* entry[header].fullUrl = "urn:uuid:f1d2c3b4-5a69-4788-9b0a-1c2d3e4f5a6b"
* entry[header].resource = AckErrorHeader
* entry[outcome].fullUrl = "urn:uuid:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
* entry[outcome].resource = AckErrorOutcome
