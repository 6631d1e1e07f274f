CodeSystem: CdrTaskIo
Id: cdr-task-io
Title: "Task inputs and outputs"
Description: "What an input or output of a child death review task is (Task.input.type, Task.output.type)."
* insert CdrCodeSystem
* #form "Form to complete" "The Questionnaire the agency is asked to answer."
* #answer "Answers" "The answers returned: a QuestionnaireResponse to the form, or a DocumentReference to a report."
