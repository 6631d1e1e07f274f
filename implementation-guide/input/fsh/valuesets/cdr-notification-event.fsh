ValueSet: CdrNotificationEventVS
Id: cdr-notification-event
Title: "CDR message events"
Description: "All codes of the cdr-notification-event code system."
* insert CdrValueSet
* include codes from system CdrNotificationEvent
