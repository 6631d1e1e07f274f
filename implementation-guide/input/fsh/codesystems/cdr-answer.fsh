CodeSystem: CdrAnswer
Id: cdr-answer
Title: "Answers that allow unknown and not yet decided"
Description: "Answers to the notification's yes/no questions (JAR started, referred to the coroner, safeguarding context, learning disability or autism) where the notifier may not know yet, or the decision has not been taken yet: the national forms ask for these states, which a boolean cannot hold."
* insert CdrCodeSystem
* #yes "Yes" "Yes."
* #no "No" "No."
* #unknown "Not known" "The notifier does not know."
* #not-yet-decided "Not yet decided" "The decision has not been taken yet (e.g. whether to start a JAR or refer to the coroner); a later notification may say."
