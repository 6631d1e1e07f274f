Profile: CdrCoronerReferral
Parent: Observation
Id: cdr-coroner-referral
Title: "Referred to the coroner"
Description: "Whether the death has been referred to the coroner."
* insert CdrDeathDetailObservation(coroner-referral)
* value[x] only boolean
