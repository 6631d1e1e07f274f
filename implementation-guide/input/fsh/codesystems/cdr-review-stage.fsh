RuleSet: StageOrder(code, order)
* #{code} ^property[0].code = #order
* #{code} ^property[0].valueInteger = {order}

CodeSystem: CdrReviewStage
Id: cdr-review-stage
Title: "Review stages"
Description: "The stages of a child death review case, in order. A case moves forward through them, one operation ($advance-stage) at a time; the order of the concepts here is the order of the stages (property `order`). The JAR stage is only for an unexpected death, the CDRM stage only where a Child Death Review Meeting is held."
* insert CdrCodeSystem
* ^property[0].code = #order
* ^property[0].description = "Position of the stage in the review process (1 = first)."
* ^property[0].type = #integer
* #notified "Notified" "The death has been notified and a case opened; immediate decisions (NCMD notification within 48 hours, JAR for an unexpected death) are due."
* insert StageOrder(notified, 1)
* #jar "Joint Agency Response" "An unexpected death: the Joint Agency Response (police, health, social care) is under way."
* insert StageOrder(jar, 2)
* #information-gathering "Information gathering" "Agencies that knew the child are completing Reporting Forms; investigations (post-mortem, coroner) may be under way."
* insert StageOrder(information-gathering, 3)
* #cdrm "Child Death Review Meeting" "The Child Death Review Meeting of the professionals involved is being arranged or held."
* insert StageOrder(cdrm, 4)
* #ready-for-panel "Ready for panel" "The information is gathered: the case may be placed on the agenda of a Child Death Overview Panel meeting."
* insert StageOrder(ready-for-panel, 5)
* #reviewed-by-panel "Reviewed at panel" "The panel has reviewed the case at a meeting and recorded its outcome (the completed Analysis Form); the NCMD submission may remain."
* insert StageOrder(reviewed-by-panel, 6)
* #closed "Closed" "The review is complete and the case closed."
* insert StageOrder(closed, 7)
