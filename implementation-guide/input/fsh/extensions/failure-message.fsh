Extension: FailureMessage
Id: failure-message
Title: "What is wrong when an invariant fails"
Description: "On an invariant (ElementDefinition.constraint): the sentence the server answers when a resource breaks it, saying what is wrong and how to put it right, in place of the rule restated (`human` says what must hold)."
* ^context[0].type = #element
* ^context[0].expression = "ElementDefinition.constraint"
* value[x] 1..1
* value[x] only string
