Instance: org-qhg
InstanceOf: CdrOrganization
Usage: #example
Title: "NHS Bedfordshire, Luton and Milton Keynes ICB"
Description: "The ICB, a child death review partner of the footprint since 1 July 2022."
* identifier[odsCode].system = $ods-org
* identifier[odsCode].value = "QHG"
* name = "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board"
