Profile: CdrNotificationMessage
Parent: Bundle
Id: cdr-notification-message
Title: "Child death notification (message Bundle)"
Description: "A child death notification sent as a FHIR message, for senders that need an acknowledgement: a Bundle of type `message` whose first entry is a cdr-message-header and whose other entry is the cdr-notification-bundle document, the header's focus."
* obeys cdr-message-focus
* identifier MS
* type = #message
* type MS
* timestamp 1..1 MS
* entry 2..2 MS
* entry.fullUrl 1..1 MS
* entry.resource 1..1 MS
* entry.search 0..0
* entry.request 0..0
* entry.response 0..0
* entry ^slicing.discriminator.type = #type
* entry ^slicing.discriminator.path = "resource"
* entry ^slicing.rules = #closed
* entry ^slicing.ordered = true
* entry ^slicing.description = "The header first, then the notification document"
* entry contains header 1..1 MS and notification 1..1 MS
* entry[header].resource only CdrMessageHeader
* entry[notification].resource only CdrNotificationBundle

Invariant: cdr-message-focus
Description: "The MessageHeader's focus is the notification document in this message (its reference is the fullUrl of an entry)."
Severity: #error
Expression: "entry.first().resource.focus.reference.all($this in %resource.entry.fullUrl)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The MessageHeader's focus refers to no entry of the message: point it at the fullUrl of the notification document's entry."
