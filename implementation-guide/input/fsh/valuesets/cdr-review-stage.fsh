ValueSet: CdrReviewStageVS
Id: cdr-review-stage
Title: "Review stages"
Description: "All codes of the cdr-review-stage code system."
* insert CdrValueSet
* include codes from system CdrReviewStage
