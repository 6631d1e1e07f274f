CodeSystem: UKCoreNHSNumberVerificationStatusEngland
Id: UKCore-NHSNumberVerificationStatusEngland
Title: "NHS number verification status, England (local copy of UK Core's code system)"
Description: "LOCAL COPY of UK Core's CodeSystem UKCore-NHSNumberVerificationStatusEngland (the NHS Data Dictionary's NHS NUMBER STATUS INDICATOR CODE, 01 to 08), under UK Core's canonical URL, because the UK Core package cannot be fetched where this guide is built. Where the server is given the UK Core package, UK Core's own definition is used."
* ^url = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland"
* ^version = "1.0.0"
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "cdr-fhir (local copy of HL7 UK's definition)"
* #01 "Number present and verified"
* #02 "Number present but not traced"
* #03 "Trace required"
* #04 "Trace attempted - No match or multiple match found"
* #05 "Trace needs to be resolved - (NHS number or patient detail conflict)"
* #06 "Trace in progress"
* #07 "Number not present and trace not required"
* #08 "Trace postponed (baby under six weeks old)"
