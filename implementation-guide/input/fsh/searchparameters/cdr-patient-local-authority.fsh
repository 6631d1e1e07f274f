Instance: cdr-patient-local-authority
InstanceOf: SearchParameter
Usage: #definition
Title: "Child: local authority of the address"
Description: "Search children by the local authority stated on their address (local-authority extension), e.g. local-authority=E06000056."
* url = "https://cdr-fhir.org.uk/fhir/SearchParameter/cdr-patient-local-authority"
* version = "0.1.0"
* name = "CdrPatientLocalAuthority"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "Search children by the local authority stated on their address (GSS code in the local-authority extension)."
* code = #local-authority
* base[0] = #Patient
* type = #token
* expression = "Patient.address.extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/local-authority').value.ofType(Coding)"
* xpathUsage = #normal
