CodeSystem: CdrNotificationEvent
Id: cdr-notification-event
Title: "CDR message events"
Description: "Message events of cdr-fhir (MessageHeader.eventCoding). No NHS England message-event code exists for a child death notification, so the guide defines its own. An acknowledgement carries the event of the message it answers, as FHIR messaging requires."
* insert CdrCodeSystem
* #child-death-notification "Child death notification" "Notification of the death of a child (a person under 18 after a live birth) to the child death review partners of an area. The message's focus is a cdr-notification-bundle document."
