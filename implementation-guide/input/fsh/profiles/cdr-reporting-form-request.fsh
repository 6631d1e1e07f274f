Profile: CdrReportingFormRequest
Parent: CdrTask
Id: cdr-reporting-form-request
Title: "Reporting form request"
Description: "The CDR Manager's request to one agency for its Reporting Form (or a supplementary form) about a case, with a due date. Done (status completed, output the answers) when the answers are attached to the case: a cdr-reporting-form-response, or a DocumentReference, naming this request."
* code = CdrTaskType#reporting-form
* performerType 1..1 MS
* performerType from CdrAgencyVS (required)
* performerType ^short = "The agency asked"
* partOf 0..1 MS
* partOf only Reference(CdrTask)
* partOf ^short = "The case's request-reporting-forms task"
* restriction.period.end 1..1
* input 1..1 MS
* input.type = CdrTaskIo#form
* input.value[x] only canonical
* input.valueCanonical ^short = "The Questionnaire to answer"
* output 0..1 MS
* output.type = CdrTaskIo#answer
* output.value[x] only Reference(QuestionnaireResponse or DocumentReference)
