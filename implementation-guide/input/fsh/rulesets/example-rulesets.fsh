// Shared content of the examples: the same child appears inside a notification document (with urn:uuid
// references) and as a stored resource on the server (with a logical id).

RuleSet: ChildIslaMarsh
* identifier[nhsNumber].system = $nhs-number
* identifier[nhsNumber].value = "9994123459"
* identifier[nhsNumber].extension[nhsNumberVerificationStatus].valueCodeableConcept = https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland#08 "Trace postponed (baby under six weeks old)"
* extension[ethnicCategory].valueCodeableConcept = $ethnic-cs#A "White - British"
* name[0].use = #official
* name[0].family = "Marsh"
* name[0].given[0] = "Isla"
* gender = #female
* birthDate = "2026-02-09"
* deceasedDateTime = "2026-02-13T22:40:00+00:00"
* address[0].use = #home
* address[0].line[0] = "27 Bramingham Road"
* address[0].city = "Luton"
* address[0].postalCode = "LU3 2SR"
* address[0].country = "GB"
* generalPractitioner[0].identifier.system = $ods-org
* generalPractitioner[0].identifier.value = "E81046"
* generalPractitioner[0].display = "Registered GP practice (example)"

RuleSet: ChildLeoHartwell
* identifier[nhsNumber].system = $nhs-number
* identifier[nhsNumber].value = "9997030028"
* identifier[nhsNumber].extension[nhsNumberVerificationStatus].valueCodeableConcept = https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland#01 "Number present and verified"
* extension[ethnicCategory].valueCodeableConcept = $ethnic-cs#D "Mixed - White and Black Caribbean"
* name[0].use = #official
* name[0].family = "Hartwell"
* name[0].given[0] = "Leo"
* gender = #male
* birthDate = "2025-07-02"
* deceasedDateTime = "2026-01-20T06:55:00+00:00"
* address[0].use = #home
* address[0].line[0] = "4 Mill Close"
* address[0].city = "Toddington"
* address[0].postalCode = "LU5 6BT"
* address[0].country = "GB"
* address[0].extension[localAuthority].valueCoding = $gss#E06000056 "Central Bedfordshire"
* generalPractitioner[0].identifier.system = $ods-org
* generalPractitioner[0].identifier.value = "E81019"
* generalPractitioner[0].display = "Registered GP practice (example)"

// A death-detail observation of the notification, about the child at the given urn:uuid, at the time of death.
RuleSet: DeathDetail(child, when)
* status = #final
* subject.reference = "{child}"
* effectiveDateTime = "{when}"

RuleSet: OrgRC9
* identifier[odsCode].system = $ods-org
* identifier[odsCode].value = "RC9"
* name = "Bedfordshire Hospitals NHS Foundation Trust"
* telecom[0].system = #phone
* telecom[0].value = "01632 960000"
* address[0].line[0] = "Lewsey Road"
* address[0].city = "Luton"
* address[0].postalCode = "LU4 0DZ"
