Extension: ReportingFormRequestLink
Id: reporting-form-request
Title: "Reporting form request answered"
Description: "The reporting form request (Task) that these answers, a QuestionnaireResponse or a DocumentReference, fulfil. Storing the answers completes the request."
* ^context[0].type = #element
* ^context[0].expression = "QuestionnaireResponse"
* ^context[1].type = #element
* ^context[1].expression = "DocumentReference"
* value[x] 1..1
* value[x] only Reference(CdrReportingFormRequest)
