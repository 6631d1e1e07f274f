Profile: CdrPostMortem
Parent: Observation
Id: cdr-post-mortem
Title: "Post-mortem required or arranged"
Description: "Whether a post-mortem examination is required or has been arranged (true) or not (false)."
* insert CdrDeathDetailObservation(post-mortem)
* value[x] only boolean
