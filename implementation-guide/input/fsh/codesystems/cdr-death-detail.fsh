CodeSystem: CdrDeathDetail
Id: cdr-death-detail
Title: "CDR observation codes"
Description: "Observation codes (Observation.code) for the facts of a child's death given in the notification, and for the Child Death Overview Panel's conclusions."
* insert CdrCodeSystem
* #expectedness "Expected or unexpected death" "Whether the death was expected or unexpected. Unexpected: not anticipated as a significant possibility, e.g. 24 hours before, or an unexpected collapse or incident led to the death (Working Together 2018)."
* #jar-started "Joint Agency Response started" "Whether a Joint Agency Response (JAR) was started for the death."
* #post-mortem "Post-mortem required or arranged" "Whether a post-mortem examination is required or has been arranged."
* #coroner-referral "Referred to the coroner" "Whether the death has been referred to the coroner."
* #suspected-stillbirth-at-home "Suspected stillbirth at home" "Whether the death is a suspected stillbirth at home with no healthcare professional present (NCMD notification form question added in 2021)."
* #circumstances "Brief circumstances of the death" "A brief free-text account of the circumstances of the death."
* #category-of-death "Category of death" "The category of death decided by the Child Death Overview Panel (one of ten)."
* #modifiable-factors "Modifiable factors" "The panel's conclusion on modifiable factors: identified, not identified, or insufficient information."
* #contributory-factor "Contributory factor" "One contributory factor of the death, as the panel graded it (value: cdr-factor-grade), with its domain and whether it was modifiable in components."
* #factor-domain "Factor domain" "The domain of a contributory factor (component of a contributory-factor observation)."
* #factor-modifiable "Modifiable" "Whether a contributory factor was modifiable (component of a contributory-factor observation)."
