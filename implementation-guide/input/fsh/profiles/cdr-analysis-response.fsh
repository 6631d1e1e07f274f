Profile: CdrAnalysisResponse
Parent: QuestionnaireResponse
Id: cdr-analysis-response
Title: "Analysis Form response"
Description: "The Child Death Overview Panel's answers to the Analysis Form (Questionnaire cdr-analysis-form) for one case. The answers aggregates need are also kept as coded Observations derived from it."
* questionnaire 1..1 MS
* questionnaire = "https://cdr-fhir.org.uk/fhir/Questionnaire/cdr-analysis-form"
* status MS
* subject 1..1 MS
* subject only Reference(CdrCase or CdrChild)
* authored 1..1 MS
* author MS
