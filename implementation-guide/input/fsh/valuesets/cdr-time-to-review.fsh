ValueSet: CdrTimeToReviewVS
Id: cdr-time-to-review
Title: "Time to review"
Description: "All codes of the cdr-time-to-review code system."
* insert CdrValueSet
* include codes from system CdrTimeToReview
