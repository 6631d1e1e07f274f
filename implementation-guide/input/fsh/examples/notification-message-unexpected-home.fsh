// The unexpected-home notification sent as a message, for a sender that wants an acknowledgement.

Instance: HomeMessageHeader
InstanceOf: CdrMessageHeader
Usage: #inline
* id = "c47acbe4-acaf-4ab7-94b9-25e51b17eb09"
* eventCoding = CdrNotificationEvent#child-death-notification "Child death notification"
* sender.identifier.system = $ods-org
* sender.identifier.value = "RC9"
* sender.display = "Bedfordshire Hospitals NHS Foundation Trust"
* source.name = "Maternity and paediatric EPR"
* source.endpoint = "https://integration.bedfordshirehospitals.nhs.uk/fhir/cdr"
* focus.reference = "urn:uuid:10f384c1-06b3-4258-a7fb-5a2cbb8d8f13"

Instance: notification-message-unexpected-home
InstanceOf: CdrNotificationMessage
Usage: #example
Title: "Notification message: unexpected death at home"
Description: "The notification-unexpected-home document sent as a FHIR message: a MessageHeader (event child-death-notification) whose focus is the document."
* identifier.system = "https://bedfordshirehospitals.nhs.uk/fhir/Id/cdr-message"
* identifier.value = "RC9-MSG-2026-000311"
* type = #message
* timestamp = "2026-01-20T10:15:05+00:00"
* entry[header].fullUrl = "urn:uuid:c47acbe4-acaf-4ab7-94b9-25e51b17eb09"
* entry[header].resource = HomeMessageHeader
* entry[notification].fullUrl = "urn:uuid:10f384c1-06b3-4258-a7fb-5a2cbb8d8f13"
* entry[notification].resource = notification-unexpected-home
