Profile: CdrSuspectedStillbirthAtHome
Parent: Observation
Id: cdr-suspected-stillbirth-at-home
Title: "Suspected stillbirth at home"
Description: "Whether the death is a suspected stillbirth at home with no healthcare professional present (NCMD notification form, 2021)."
* insert CdrDeathDetailObservation(suspected-stillbirth-at-home)
* value[x] only boolean
