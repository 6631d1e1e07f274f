ValueSet: CdrSectionVS
Id: cdr-section
Title: "CDR document sections"
Description: "All codes of the cdr-section code system."
* insert CdrValueSet
* include codes from system CdrSection
