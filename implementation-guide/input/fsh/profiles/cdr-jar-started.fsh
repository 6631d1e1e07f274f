Profile: CdrJarStarted
Parent: Observation
Id: cdr-jar-started
Title: "Joint Agency Response started"
Description: "Whether a Joint Agency Response (JAR) was started for the death."
* insert CdrDeathDetailObservation(jar-started)
* value[x] only boolean
