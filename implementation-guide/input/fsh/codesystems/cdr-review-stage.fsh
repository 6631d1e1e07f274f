CodeSystem: CdrReviewStage
Id: cdr-review-stage
Title: "Review stages"
Description: "The stages of a child death review case, in order. A case moves forward through them; the order of the concepts here is the order of the stages (property `order`)."
* insert CdrCodeSystem
* ^property[0].code = #order
* ^property[0].description = "Position of the stage in the review process (1 = first)."
* ^property[0].type = #integer
* #notified "Notified" "The death has been notified and a case opened; immediate decisions (NCMD notification within 48 hours, JAR for an unexpected death) are due."
* #notified ^property[0].code = #order
* #notified ^property[0].valueInteger = 1
* #information-gathering "Information gathering" "Agencies that knew the child are completing Reporting Forms; investigations (JAR, post-mortem, coroner) may be under way."
* #information-gathering ^property[0].code = #order
* #information-gathering ^property[0].valueInteger = 2
* #cdrm "Child Death Review Meeting" "The Child Death Review Meeting of the professionals involved is being arranged or held."
* #cdrm ^property[0].code = #order
* #cdrm ^property[0].valueInteger = 3
* #awaiting-panel "Awaiting panel" "The case is ready for, or on the agenda of, a Child Death Overview Panel meeting."
* #awaiting-panel ^property[0].code = #order
* #awaiting-panel ^property[0].valueInteger = 4
* #reviewed-by-panel "Reviewed by panel" "The panel has reviewed the case and completed the Analysis Form; actions and NCMD submission may remain."
* #reviewed-by-panel ^property[0].code = #order
* #reviewed-by-panel ^property[0].valueInteger = 5
* #closed "Closed" "The review is complete and the case closed."
* #closed ^property[0].code = #order
* #closed ^property[0].valueInteger = 6
