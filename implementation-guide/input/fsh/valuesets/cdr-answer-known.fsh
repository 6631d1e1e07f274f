ValueSet: CdrAnswerKnownVS
Id: cdr-answer-known
Title: "Yes, no or not known"
Description: "Yes, no or not known (cdr-answer without not-yet-decided): for facts about the child, where nothing remains to be decided."
* insert CdrValueSet
* CdrAnswer#yes
* CdrAnswer#no
* CdrAnswer#unknown
