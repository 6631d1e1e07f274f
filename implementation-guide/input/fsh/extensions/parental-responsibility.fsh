Extension: ParentalResponsibility
Id: parental-responsibility
Title: "Parental responsibility"
Description: "Whether the related person has parental responsibility for the child (Children Act 1989)."
* ^context[0].type = #element
* ^context[0].expression = "RelatedPerson"
* value[x] 1..1
* value[x] only boolean
