Extension: LocalAuthority
Id: local-authority
Title: "Local authority of an address"
Description: "The local authority (lower-tier or unitary, e.g. Luton E06000032) in which the address lies, as its GSS code. When the notifying system states it, it wins over the server's postcode lookup."
* ^context[0].type = #element
* ^context[0].expression = "Address"
* obeys cdr-gss-code
* value[x] 1..1
* value[x] only Coding
* valueCoding.system 1..1
* valueCoding.system = $gss (exactly)
* valueCoding.code 1..1
* valueCoding.display MS
