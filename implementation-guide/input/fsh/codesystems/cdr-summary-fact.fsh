CodeSystem: CdrSummaryFact
Id: cdr-summary-fact
Title: "Panel summary facts"
Description: "The coded facts of a panel summary (code of the contained Observations its sections list): each a code, never free text or a date."
* insert CdrCodeSystem
* #area "Area" "The area responsible for the case's review (value: the area's GSS code)."
* #review-stage "Review stage" "Where the case's review is (value: cdr-review-stage)."
* #age-band "Age band" "The child's age at death as a band (value: cdr-age-band), never the birth date."
* #sex "Sex" "The child's administrative gender (value: administrative-gender)."
* #expectedness "Expected or unexpected" "As the latest notification reports it (value: cdr-expectedness)."
* #place-of-death-type "Place of death" "The kind of place where the child died (value: cdr-place-of-death-type), never the place."
* #category-of-death "Category of death" "The panel's category of death (value: cdr-category-of-death)."
* #modifiable-factors "Modifiable factors" "The panel's conclusion on modifiable factors (value: cdr-modifiable-factor-outcome)."
