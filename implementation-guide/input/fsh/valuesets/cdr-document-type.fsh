ValueSet: CdrDocumentTypeVS
Id: cdr-document-type
Title: "CDR document types"
Description: "All codes of the cdr-document-type code system."
* insert CdrValueSet
* include codes from system CdrDocumentType
