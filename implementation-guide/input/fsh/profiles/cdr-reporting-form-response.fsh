Profile: CdrReportingFormResponse
Parent: QuestionnaireResponse
Id: cdr-reporting-form-response
Title: "Reporting form response"
Description: "An agency's answers to a reporting form (or a supplementary form) about a case, attached to the case by the CDR Manager or the designated doctor. It names the request it answers (extension reporting-form-request), which storing it completes; the server validates it against its Questionnaire."
* extension contains ReportingFormRequestLink named request 1..1 MS
* questionnaire 1..1 MS
* status MS
* subject 1..1 MS
* subject only Reference(CdrCase)
* authored 1..1 MS
* author MS
