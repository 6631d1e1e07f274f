CodeSystem: CdrFactorDomain
Id: cdr-factor-domain
Title: "Factor domains"
Description: "The four domains in which the Analysis Form groups the factors of a death. The exact 2018 wording of the domain names was not confirmed."
* insert CdrCodeSystem
* #child "Factors intrinsic to the child" "Factors in the child: health, development, behaviour."
* #family-environment "Family and social environment" "Factors in the family and social environment, including parenting capacity."
* #wider-environment "Wider and physical environment" "Factors in the wider and physical environment."
* #service-provision "Service provision" "Factors in the provision of services."
