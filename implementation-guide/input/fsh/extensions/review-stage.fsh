Extension: ReviewStage
Id: review-stage
Title: "Review stage"
Description: "The stage a child death review case has reached (notified, information gathering, CDRM, awaiting panel, reviewed by panel, closed)."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* value[x] 1..1
* value[x] only Coding
* valueCoding from CdrReviewStageVS (required)
* valueCoding.system 1..1
* valueCoding.code 1..1
