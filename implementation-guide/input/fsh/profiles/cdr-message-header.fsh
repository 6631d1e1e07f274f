Profile: CdrMessageHeader
Parent: MessageHeader
Id: cdr-message-header
Title: "Child death notification message header"
Description: "The MessageHeader of a cdr-notification-message: the event child-death-notification, the sending organisation by ODS code, the source endpoint (where acknowledgements go) and the notification document as focus."
* event[x] only Coding
* eventCoding = CdrNotificationEvent#child-death-notification
* sender 1..1 MS
* sender only Reference(Organization)
* sender.identifier 1..1 MS
* sender.identifier.system 1..1
* sender.identifier.system = $ods-org (exactly)
* sender.identifier.value 1..1
* sender ^short = "Sending organisation, by ODS code (identifier); a reference to an entry is optional"
* source.endpoint 1..1 MS
* focus 1..1 MS
* focus only Reference(Bundle)
* focus ^short = "The notification document (a cdr-notification-bundle entry of the message)"
* response 0..0
