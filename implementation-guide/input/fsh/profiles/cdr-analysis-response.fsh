Invariant: cdr-modifiable-factors-consistent
Description: "The conclusion on modifiable factors says 'identified' exactly when at least one contributory factor is marked modifiable."
Expression: "item.where(linkId = 'modifiable-factors').answer.exists() implies (item.where(linkId = 'modifiable-factors').answer.value.ofType(Coding).where(code = 'identified').exists() = item.where(linkId = 'contributory-factor').item.where(linkId = 'factor-modifiable').answer.where(value.ofType(boolean) = true).exists())"
Severity: #error
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The conclusion on modifiable factors does not match the factors: 'identified' needs at least one contributory factor marked modifiable, and a factor marked modifiable needs the conclusion 'identified'."

Profile: CdrAnalysisResponse
Parent: QuestionnaireResponse
Id: cdr-analysis-response
Title: "Analysis Form response"
Description: "The Child Death Overview Panel's answers to the Analysis Form (Questionnaire cdr-analysis-form) for one case. The server validates it against the Questionnaire and, in the same transaction, extracts the coded Observations the Questionnaire's items point at (item.definition): category of death, modifiable factors, one cdr-contributory-factor per factor line."
* obeys cdr-modifiable-factors-consistent
* questionnaire 1..1 MS
* questionnaire = "https://cdr-fhir.org.uk/fhir/Questionnaire/cdr-analysis-form"
* status MS
* status ^short = "in-progress while drafted; completed when the panel has agreed it (required items are then required); amended after"
* subject 1..1 MS
* subject only Reference(CdrCase)
* subject ^short = "The case reviewed"
* authored 1..1 MS
* author MS
