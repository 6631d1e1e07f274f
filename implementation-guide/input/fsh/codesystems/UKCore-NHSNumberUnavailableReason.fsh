CodeSystem: UKCoreNHSNumberUnavailableReason
Id: UKCore-NHSNumberUnavailableReason
Title: "NHS number unavailable reason (local copy of UK Core's code system)"
Description: "LOCAL COPY of UK Core's CodeSystem UKCore-NHSNumberUnavailableReason (version 1.0.0: the same three codes), under UK Core's canonical URL, because the UK Core package cannot be fetched where this guide is built. Where the server is given the UK Core package, UK Core's own definition is used."
* ^url = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberUnavailableReason"
* ^version = "1.0.0"
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "cdr-fhir (local copy of HL7 UK's definition)"
* #nhs-number-not-known "NHS number not known"
* #overseas-patient "Overseas patient"
* #devolved-nation "Devolved nation"
