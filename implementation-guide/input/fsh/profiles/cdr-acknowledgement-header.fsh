Profile: CdrAcknowledgementHeader
Parent: MessageHeader
Id: cdr-acknowledgement-header
Title: "Acknowledgement message header"
Description: "The MessageHeader of the acknowledgement of a child death notification message: response.identifier echoes the id of the notification's MessageHeader; response.code is ok, transient-error or fatal-error; when not ok, details refers to an OperationOutcome in the acknowledgement."
* obeys cdr-ack-details
* event[x] only Coding
* eventCoding = CdrNotificationEvent#child-death-notification
* source.endpoint 1..1 MS
* sender MS
* response 1..1 MS
* response.identifier MS
* response.identifier ^short = "The id of the acknowledged MessageHeader"
* response.code MS
* response.details MS
* response.details only Reference(OperationOutcome)
* focus 0..0

Invariant: cdr-ack-details
Description: "An acknowledgement that is not ok refers to an OperationOutcome (response.details) giving the reasons."
Severity: #error
Expression: "response.code = 'ok' or response.details.exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The acknowledgement is not ok but gives no reasons: refer to an OperationOutcome in response.details."
