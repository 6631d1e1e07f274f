CodeSystem: UKCoreEthnicCategoryEngland
Id: UKCore-EthnicCategoryEngland
Title: "Ethnic category, England (local copy of UK Core's code system)"
Description: "LOCAL COPY of UK Core's CodeSystem UKCore-EthnicCategoryEngland (the NHS Data Dictionary ethnic category codes), defined here only because the UK Core package cannot be fetched where this guide is built. It keeps UK Core's canonical URL so that data stays UK Core conformant. Where the server is given the UK Core package, UK Core's own definition is used."
* ^url = "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland"
* ^status = #active
* ^experimental = false
* ^caseSensitive = true
* ^content = #complete
* ^publisher = "cdr-fhir (local copy of HL7 UK's definition)"
* #A "White - British"
* #B "White - Irish"
* #C "White - Any other White background"
* #D "Mixed - White and Black Caribbean"
* #E "Mixed - White and Black African"
* #F "Mixed - White and Asian"
* #G "Mixed - Any other mixed background"
* #H "Asian or Asian British - Indian"
* #J "Asian or Asian British - Pakistani"
* #K "Asian or Asian British - Bangladeshi"
* #L "Asian or Asian British - Any other Asian background"
* #M "Black or Black British - Caribbean"
* #N "Black or Black British - African"
* #P "Black or Black British - Any other Black background"
* #R "Other Ethnic Groups - Chinese"
* #S "Other Ethnic Groups - Any other ethnic group"
* #Z "Not stated"
* #99 "Not known"
