Instance: task-cdr-2026-0004-reporting-form-police
InstanceOf: CdrReportingFormRequest
Usage: #example
Title: "Task: the police's Reporting Form (case CDR-2026-0004, answered)"
Description: "The police were asked for their Reporting Form, due in two weeks; their answers are attached to the case."
* code = CdrTaskType#reporting-form "Reporting form"
* status = #completed
* intent = #order
* for = Reference(child-leo-hartwell)
* focus = Reference(case-cdr-2026-0004)
* partOf[0] = Reference(task-cdr-2026-0004-reporting-forms)
* performerType[0] = CdrAgency#police "Police"
* authoredOn = "2026-01-27T09:00:00+00:00"
* lastModified = "2026-02-05T11:20:00+00:00"
* restriction.period.end = "2026-02-10T17:00:00+00:00"
* input[0].type = CdrTaskIo#form "Form to complete"
* input[0].valueCanonical = "https://cdr-fhir.org.uk/fhir/Questionnaire/cdr-reporting-form-police"
* output[0].type = CdrTaskIo#answer "Answers"
* output[0].valueReference = Reference(reporting-form-cdr-2026-0004-police)

Instance: reporting-form-cdr-2026-0004-police
InstanceOf: CdrReportingFormResponse
Usage: #example
Title: "Reporting Form: police (case CDR-2026-0004)"
Description: "The police's answers to their Reporting Form for case CDR-2026-0004."
* extension[request].valueReference = Reference(task-cdr-2026-0004-reporting-form-police)
* questionnaire = "https://cdr-fhir.org.uk/fhir/Questionnaire/cdr-reporting-form-police"
* status = #completed
* subject = Reference(case-cdr-2026-0004)
* authored = "2026-02-05T11:20:00+00:00"
* item[0].linkId = "involvement"
* item[=].answer[0].valueString = "Attended the home with the ambulance service on the morning of the death; joint home visit with the paediatrician."
* item[+].linkId = "poverty-or-deprivation"
* item[=].answer[0].valueBoolean = false
* item[+].linkId = "known-to-police"
* item[=].answer[0].valueBoolean = false
* item[+].linkId = "investigation-open"
* item[=].answer[0].valueBoolean = false
