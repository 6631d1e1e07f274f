Profile: CdrPerinatal
Parent: Observation
Id: cdr-perinatal
Title: "Perinatal and neonatal details"
Description: "The birth of a baby who died (perinatal and neonatal deaths are about 4 in 10 of all child deaths): gestation at birth in weeks (UCUM `wk`; 29 weeks and 3 days is 29.43), birth weight in grams (UCUM `g`), plurality, and the reference of the perinatal mortality review (PMRT) where there is one. Each is a component; at least one is given. Gestation bands (cdr-gestation-band) follow from the gestation: under 28 weeks extremely preterm, 28 to under 32 very preterm, 32 to under 37 moderate or late preterm, 37 to under 42 term, 42 and over post-term."
* insert CdrComponentObservation(perinatal)
* obeys cdr-gestation-plausible and cdr-birth-weight-plausible
* component contains
    gestationAtBirth 0..1 MS and
    birthWeight 0..1 MS and
    plurality 0..1 MS and
    perinatalMortalityReview 0..1 MS
* component[gestationAtBirth].code = CdrDeathDetail#gestation-at-birth
* component[gestationAtBirth].value[x] 1..1
* component[gestationAtBirth].value[x] only Quantity
* component[gestationAtBirth].valueQuantity = $ucum#wk
* component[gestationAtBirth].valueQuantity.value 1..1
* component[birthWeight].code = CdrDeathDetail#birth-weight
* component[birthWeight].value[x] 1..1
* component[birthWeight].value[x] only Quantity
* component[birthWeight].valueQuantity = $ucum#g
* component[birthWeight].valueQuantity.value 1..1
* component[plurality].code = CdrDeathDetail#plurality
* component[plurality].value[x] 1..1
* component[plurality].value[x] only CodeableConcept
* component[plurality].valueCodeableConcept from CdrPluralityVS (required)
* component[perinatalMortalityReview].code = CdrDeathDetail#perinatal-mortality-review
* component[perinatalMortalityReview].value[x] 1..1
* component[perinatalMortalityReview].value[x] only string
* component[perinatalMortalityReview] ^short = "The perinatal mortality review's reference (e.g. the PMRT review number)"

Invariant: cdr-gestation-plausible
Description: "The gestation at birth is between 16 and 45 weeks."
Severity: #error
Expression: "component.where(code.coding.where(code = 'gestation-at-birth').exists()).value.ofType(Quantity).value.all($this >= 16 and $this <= 45)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The gestation at birth is not between 16 and 45 weeks: give it in weeks (unit wk), e.g. 29.43 for 29 weeks and 3 days."

Invariant: cdr-birth-weight-plausible
Description: "The birth weight is between 100 and 7000 grams."
Severity: #error
Expression: "component.where(code.coding.where(code = 'birth-weight').exists()).value.ofType(Quantity).value.all($this >= 100 and $this <= 7000)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The birth weight is not between 100 and 7000 grams: give it in grams (unit g), e.g. 1250."
