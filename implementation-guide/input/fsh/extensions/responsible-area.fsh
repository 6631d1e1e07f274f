Extension: ResponsibleArea
Id: responsible-area
Title: "Responsible area"
Description: "The local authority whose child death review partners are responsible for the case (the child's normal residence), as its GSS code. Absent while the case is in triage."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* obeys cdr-gss-code
* value[x] 1..1
* value[x] only Coding
* valueCoding.system 1..1
* valueCoding.system = $gss (exactly)
* valueCoding.code 1..1
