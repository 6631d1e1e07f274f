Instance: cdr-patient-age-band
InstanceOf: SearchParameter
Usage: #definition
Title: "Child: age band at death"
Description: "Search children by their age band at death (a code of cdr-age-band), e.g. age-band=1-to-4-years, or cases by their child's: EpisodeOfCare?patient.age-band=under-28-days."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-patient-age-band"
* version = "0.1.0"
* name = "CdrPatientAgeBand"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "The child's age band at death (cdr-age-band code, no system), from the birth date and the date of death compared on their date parts, as the cdr-under-18-at-death invariant compares them. A child without a full birth date or a date of death has no age band."
* code = #age-band
* base[0] = #Patient
* type = #token
// the date parts compared as strings (yyyy-mm-dd sorts as it counts), so a time or time zone of death never makes the comparison empty
* expression = "Patient.where(deceased.exists() and birthDate.toString().length() = 10).select(iif(deceased.toString().substring(0, 10) < (birthDate + 28 days).toString(), 'under-28-days', iif(deceased.toString().substring(0, 10) < (birthDate + 1 year).toString(), '28-to-364-days', iif(deceased.toString().substring(0, 10) < (birthDate + 5 years).toString(), '1-to-4-years', iif(deceased.toString().substring(0, 10) < (birthDate + 10 years).toString(), '5-to-9-years', iif(deceased.toString().substring(0, 10) < (birthDate + 15 years).toString(), '10-to-14-years', '15-to-17-years'))))))"
* xpathUsage = #normal
