// The server's acknowledgement that it accepted notification-message-unexpected-home.

Instance: AckOkHeader
InstanceOf: CdrAcknowledgementHeader
Usage: #inline
* id = "53e05cde-d3d6-4118-9bed-427d15eb0e50"
* eventCoding = CdrNotificationEvent#child-death-notification "Child death notification"
* sender.display = "Bedfordshire and Luton child death review partners (cdr-fhir)"
* source.name = "cdr-fhir"
* source.endpoint = "https://cdr.bedfordshire-luton.example/fhir"
* destination[0].endpoint = "https://integration.bedfordshirehospitals.nhs.uk/fhir/cdr"
* response.identifier = "c47acbe4-acaf-4ab7-94b9-25e51b17eb09"
* response.code = #ok

Instance: acknowledgement-ok
InstanceOf: CdrAcknowledgement
Usage: #example
Title: "Acknowledgement: notification accepted"
Description: "The acknowledgement of notification-message-unexpected-home: response ok, echoing the id of the notification's MessageHeader."
* identifier.system = "https://cdr-fhir.org.uk/fhir/Id/acknowledgement"
* identifier.value = "ACK-2026-000311"
* type = #message
* timestamp = "2026-01-20T10:15:07+00:00"
* entry[header].fullUrl = "urn:uuid:53e05cde-d3d6-4118-9bed-427d15eb0e50"
* entry[header].resource = AckOkHeader
