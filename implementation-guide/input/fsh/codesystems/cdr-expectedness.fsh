CodeSystem: CdrExpectedness
Id: cdr-expectedness
Title: "Expected or unexpected death"
Description: "Whether a child's death was expected or unexpected (Working Together to Safeguard Children 2018)."
* insert CdrCodeSystem
* #expected "Expected death" "The death was anticipated as a significant possibility."
* #unexpected "Unexpected death" "The death was not anticipated as a significant possibility, for example, 24 hours before the death, or there was a similarly unexpected collapse or incident leading to or precipitating the events that led to the death. A Joint Agency Response applies."
