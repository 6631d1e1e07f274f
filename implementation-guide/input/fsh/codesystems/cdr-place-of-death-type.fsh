CodeSystem: CdrPlaceOfDeathType
Id: cdr-place-of-death-type
Title: "Place of death types"
Description: "The kind of place where a child died (Location.type of cdr-place-of-death)."
* insert CdrCodeSystem
* #hospital "Hospital" "An NHS or independent hospital site (identified by its ODS site code)."
* #home "Home" "The child's home or another private residence."
* #hospice "Hospice" "A children's hospice (identified by its ODS code)."
* #public-place "Public place" "A public place: street, road, park, school, water, etc."
* #other "Other" "Any other place."
