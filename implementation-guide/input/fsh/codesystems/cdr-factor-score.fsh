CodeSystem: CdrFactorScore
Id: cdr-factor-score
Title: "Factor domain scores"
Description: "The score the panel gives the factors of one domain, as in the older Form C. The exact 2018 wording of the scores was not confirmed: the meanings below follow the older form and are to be checked against the current NCMD Analysis Form."
* insert CdrCodeSystem
* #0 "Information not available" "Information not available."
* #1 "No factors identified" "No factors identified in this domain."
* #1* "Factors identified, unlikely to have contributed" "Factors identified but unlikely to have contributed to the death."
* #2 "Factors that may have contributed" "Factors identified that may have contributed to vulnerability, ill-health or death."
* #3 "Factors that provide a complete and sufficient explanation" "Factors identified that provide a complete and sufficient explanation for the death."
