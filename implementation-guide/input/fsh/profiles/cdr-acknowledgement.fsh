Profile: CdrAcknowledgement
Parent: Bundle
Id: cdr-acknowledgement
Title: "Acknowledgement of a child death notification (message Bundle)"
Description: "The server's response to a cdr-notification-message: a Bundle of type `message` whose first entry is a cdr-acknowledgement-header, followed, when the notification was not accepted, by the OperationOutcome that says why."
* obeys cdr-bundle-refs-resolve
* identifier MS
* type = #message
* type MS
* timestamp 1..1 MS
* entry 1..2 MS
* entry.fullUrl 1..1 MS
* entry.resource 1..1 MS
* entry.search 0..0
* entry.request 0..0
* entry.response 0..0
* entry ^slicing.discriminator.type = #type
* entry ^slicing.discriminator.path = "resource"
* entry ^slicing.rules = #closed
* entry ^slicing.ordered = true
* entry contains header 1..1 MS and outcome 0..1 MS
* entry[header].resource only CdrAcknowledgementHeader
* entry[outcome].resource only OperationOutcome
