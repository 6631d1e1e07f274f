RuleSet: FactorDomainGroup(domain, title)
* item[+].linkId = "domain-{domain}"
* item[=].text = "{title}"
* item[=].type = #group
* item[=].required = true
* item[=].item[0].linkId = "domain-{domain}-score"
* item[=].item[0].text = "Score of the factors in this domain"
* item[=].item[0].type = #choice
* item[=].item[0].required = true
* item[=].item[0].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-factor-score"
* item[=].item[1].linkId = "domain-{domain}-factors"
* item[=].item[1].text = "Factors identified"
* item[=].item[1].type = #text
* item[=].item[1].required = false

Instance: cdr-analysis-form
InstanceOf: Questionnaire
Usage: #definition
Title: "Child Death Overview Panel Analysis Form"
Description: "The panel's analysis of one child's death (after NCMD's Analysis Form, formerly Form C): category of death, modifiable factors, factors and their score in each of the four domains, learning and recommendations. The 2018 wording of the domains and scores was not confirmed."
* url = "https://cdr-fhir.org.uk/fhir/Questionnaire/cdr-analysis-form"
* version = "0.1.0"
* name = "CdrAnalysisForm"
* title = "Child Death Overview Panel Analysis Form"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = "The panel's analysis of one child's death (after NCMD's Analysis Form, formerly Form C): category of death, modifiable factors, factors and their score in each of the four domains, learning and recommendations."
* subjectType[0] = #EpisodeOfCare
* subjectType[1] = #Patient
* item[0].linkId = "category-of-death"
* item[=].text = "Category of death"
* item[=].type = #choice
* item[=].required = true
* item[=].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-category-of-death"
* item[+].linkId = "modifiable-factors"
* item[=].text = "Were there modifiable factors?"
* item[=].type = #choice
* item[=].required = true
* item[=].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-modifiable-factor-outcome"
* insert FactorDomainGroup(child, Domain A: factors intrinsic to the child)
* insert FactorDomainGroup(family-environment, Domain B: family and social environment\, including parenting capacity)
* insert FactorDomainGroup(wider-environment, Domain C: wider and physical environment)
* insert FactorDomainGroup(service-provision, Domain D: service provision)
* item[+].linkId = "learning"
* item[=].text = "Learning"
* item[=].type = #text
* item[=].required = false
* item[+].linkId = "recommendations"
* item[=].text = "Recommendations"
* item[=].type = #text
* item[=].required = false
* item[=].repeats = true
