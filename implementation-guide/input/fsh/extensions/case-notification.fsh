Extension: CaseNotification
Id: case-notification
Title: "Notification of the case"
Description: "A notification received for the case: a reference to the stored notification document (Bundle), whose identifier is the sender's unique id. One case may have several (resubmissions, amendments, two hospitals notifying the same death)."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* value[x] 1..1
* value[x] only Reference(CdrNotificationBundle)
