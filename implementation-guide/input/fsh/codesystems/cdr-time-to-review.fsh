CodeSystem: CdrTimeToReview
Id: cdr-time-to-review
Title: "Time to review"
Description: "Time from a child's death to the panel's completed review, in the bands annual reports use."
* insert CdrCodeSystem
* #under-6-months "Under 6 months" "Reviewed less than 6 months after the death."
* #6-to-12-months "6 to 12 months" "Reviewed 6 months to less than 12 months after the death."
* #12-to-24-months "12 to 24 months" "Reviewed 12 months to less than 24 months after the death."
* #24-months-or-more "24 months or more" "Reviewed 24 months or more after the death."
