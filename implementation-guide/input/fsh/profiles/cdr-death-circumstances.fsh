Profile: CdrDeathCircumstances
Parent: Observation
Id: cdr-death-circumstances
Title: "Brief circumstances of the death"
Description: "A brief free-text account of the circumstances of the death."
* insert CdrDeathDetailObservation(circumstances)
* value[x] only string
