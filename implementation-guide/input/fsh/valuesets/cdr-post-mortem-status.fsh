ValueSet: CdrPostMortemStatusVS
Id: cdr-post-mortem-status
Title: "Post-mortem status"
Description: "All codes of the cdr-post-mortem-status code system."
* insert CdrValueSet
* include codes from system CdrPostMortemStatus
