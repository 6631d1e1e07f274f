CodeSystem: CdrDocumentType
Id: cdr-document-type
Title: "CDR document types"
Description: "Types of the documents (Composition.type) defined by cdr-fhir."
* insert CdrCodeSystem
* #child-death-notification "Child death notification" "The notification of a child's death to the child death review partners (the NCMD notification form's content): the child, the death, the place of death, the family, the professionals involved and the notifier."
* #panel-summary "Child Death Overview Panel summary" "The anonymised summary of the cases on the agenda of a Child Death Overview Panel meeting: one section per case, with no names, NHS numbers, addresses or exact dates."
