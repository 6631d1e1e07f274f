CodeSystem: CdrFactorDomain
Id: cdr-factor-domain
Title: "Factor domains"
Description: "The four domains in which the Analysis Form (NCMD, as asked since 2019) places each contributory factor of a death."
* insert CdrCodeSystem
* #child "Factors intrinsic to the child" "Factors in the child: health, development, behaviour."
* #family-environment "Family and environment" "Factors in the family and in the social and physical environment the child lived in."
* #parenting-capacity "Parenting capacity" "Factors in the capacity of parents or carers to meet the child's needs, including supervision."
* #service-provision "Service provision" "Factors in the provision of services (health, social care, education, police and others)."
