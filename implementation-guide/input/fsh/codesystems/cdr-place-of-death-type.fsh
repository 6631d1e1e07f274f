CodeSystem: CdrPlaceOfDeathType
Id: cdr-place-of-death-type
Title: "Place of death types"
Description: "The kind of place where a child died (Location.type of cdr-place-of-death), with the distinctions the child death review process acts on: the hospital settings, deaths in custody or in a mental-health unit (both trigger a Joint Agency Response), a public place, abroad. The hospital settings are children of `hospital` (property `parent`); `hospital` alone stays valid for a hospital whose setting is not said."
* insert CdrCodeSystem
* ^hierarchyMeaning = #is-a
* #hospital "Hospital" "An NHS or independent hospital site (identified by its ODS site code); the setting within it unspecified or none of those below."
  * #emergency-department "Emergency department" "The emergency department of a hospital."
  * #neonatal-unit "Neonatal unit" "A neonatal unit (intensive care, high dependency or special care baby unit)."
  * #paediatric-intensive-care "Paediatric intensive care" "A paediatric intensive care unit."
  * #ward "Hospital ward" "A hospital ward (children's, maternity or other)."
* #hospice "Hospice" "A children's hospice (identified by its ODS code)."
* #home "Home" "The child's home or another private residence."
* #foster-or-residential-home "Foster or residential home" "A foster home, children's home or other residential care placement."
* #mental-health-unit "Mental-health unit" "An inpatient mental-health unit (identified by its ODS code), including a death while detained under the Mental Health Act: a Joint Agency Response is required."
* #custody "Custody" "Police custody, a secure children's home, young offender institution or secure training centre: a death in custody requires a Joint Agency Response."
* #public-place "Public place" "A public place: street, road, park, school, water, etc."
* #abroad "Abroad" "Outside the United Kingdom (the country in the address)."
* #other "Other" "Any other place."
