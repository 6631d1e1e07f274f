Instance: child-no-nhs-number
InstanceOf: CdrChild
Usage: #example
Title: "Child without NHS number, residence unknown"
Description: "A child visiting from abroad who died in Bedford: no NHS number (UK Core's reason: overseas patient; NCMD's: child non-resident in England) and no resolvable home postcode, so the case goes to triage."
* extension[nhsNumberUnavailableReason].valueCodeableConcept = https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberUnavailableReason#overseas-patient "Overseas patient"
* identifier[0].system = "https://bedfordhospital.nhs.uk/fhir/Id/mrn"
* identifier[0].value = "BH0099812"
* name[0].family = "Moreau"
* name[0].given[0] = "Lucas"
* gender = #male
* birthDate = "2014-05-17"
* deceasedDateTime = "2026-03-02T16:20:00+00:00"
* address[0].use = #home
* address[0].text = "Residence outside the UK (France); address not known"
* address[0].country = "FR"
