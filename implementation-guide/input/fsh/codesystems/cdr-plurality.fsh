CodeSystem: CdrPlurality
Id: cdr-plurality
Title: "Plurality of birth"
Description: "How many babies were born of the pregnancy the child was born of."
* insert CdrCodeSystem
* #singleton "Singleton" "One baby."
* #twin "Twin" "One of twins."
* #triplet "Triplet" "One of triplets."
* #quadruplet-or-more "Quadruplet or more" "One of four or more babies."
* #unknown "Not known" "The notifier does not know."
