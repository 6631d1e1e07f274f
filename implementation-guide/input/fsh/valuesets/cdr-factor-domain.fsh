ValueSet: CdrFactorDomainVS
Id: cdr-factor-domain
Title: "Factor domains"
Description: "All codes of the cdr-factor-domain code system."
* insert CdrValueSet
* include codes from system CdrFactorDomain
