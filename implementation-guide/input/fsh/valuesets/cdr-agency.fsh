ValueSet: CdrAgencyVS
Id: cdr-agency
Title: "Agencies"
Description: "All codes of the cdr-agency code system."
* insert CdrValueSet
* include codes from system CdrAgency
