// Item links (item.definition = <profile>#<element id>) say which element of which Observation profile an
// answer becomes: the server extracts one Observation per profile from the answers of each group instance
// (the response's top level, or one repetition of a repeating group), as in SDC's definition-based extraction.

RuleSet: FormMetadata(id, name, title)
* url = "https://cdr-fhir.org.uk/fhir/Questionnaire/{id}"
* version = "0.2.0"
* name = "{name}"
* title = "{title}"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* subjectType[0] = #EpisodeOfCare

Instance: cdr-analysis-form
InstanceOf: Questionnaire
Usage: #definition
Title: "Child Death Overview Panel Analysis Form"
Description: "The panel's analysis of one child's death, as NCMD's Analysis Form asks it: the case summary written for the panel, the cause and category of death, each contributory factor on its own line (domain, grade 0 to 2, modifiable or not), the conclusion on modifiable factors, learning points and actions with an owner."
* insert FormMetadata(cdr-analysis-form, CdrAnalysisForm, Child Death Overview Panel Analysis Form)
* description = "The panel's analysis of one child's death (NCMD Analysis Form): case summary, cause and category of death, contributory factors line by line, modifiable factors, learning points and actions."
* item[0].linkId = "case-summary"
* item[=].text = "Summary of the case, written for the panel"
* item[=].type = #text
* item[=].required = true
* item[+].linkId = "cause-of-death"
* item[=].text = "Cause of death (as certified, or as the post-mortem or inquest found)"
* item[=].type = #text
* item[=].required = true
* item[+].linkId = "category-of-death"
* item[=].text = "Category of death"
* item[=].type = #choice
* item[=].required = true
* item[=].definition = "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-category-of-death#Observation.value[x]"
* item[=].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-category-of-death"
* item[+].linkId = "contributory-factor"
* item[=].text = "Contributory factor (one line per factor)"
* item[=].type = #group
* item[=].required = false
* item[=].repeats = true
* item[=].item[0].linkId = "factor-description"
* item[=].item[=].text = "Factor"
* item[=].item[=].type = #text
* item[=].item[=].required = true
* item[=].item[=].definition = "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-contributory-factor#Observation.note.text"
* item[=].item[+].linkId = "factor-domain"
* item[=].item[=].text = "Domain"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].definition = "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-contributory-factor#Observation.component:domain.value[x]"
* item[=].item[=].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-factor-domain"
* item[=].item[+].linkId = "factor-grade"
* item[=].item[=].text = "Grade (0 information not available, 1 unlikely to have contributed, 2 may have contributed)"
* item[=].item[=].type = #choice
* item[=].item[=].required = true
* item[=].item[=].definition = "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-contributory-factor#Observation.value[x]"
* item[=].item[=].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-factor-grade"
* item[=].item[+].linkId = "factor-modifiable"
* item[=].item[=].text = "Modifiable?"
* item[=].item[=].type = #boolean
* item[=].item[=].required = true
* item[=].item[=].definition = "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-contributory-factor#Observation.component:modifiable.value[x]"
* item[+].linkId = "modifiable-factors"
* item[=].text = "Were there modifiable factors?"
* item[=].type = #choice
* item[=].required = true
* item[=].definition = "https://cdr-fhir.org.uk/fhir/StructureDefinition/cdr-modifiable-factors#Observation.value[x]"
* item[=].answerValueSet = "https://cdr-fhir.org.uk/fhir/ValueSet/cdr-modifiable-factor-outcome"
* item[+].linkId = "learning-point"
* item[=].text = "Learning point"
* item[=].type = #text
* item[=].required = false
* item[=].repeats = true
* item[+].linkId = "action"
* item[=].text = "Action (one line per action)"
* item[=].type = #group
* item[=].required = false
* item[=].repeats = true
* item[=].item[0].linkId = "action-description"
* item[=].item[=].text = "Action"
* item[=].item[=].type = #text
* item[=].item[=].required = true
* item[=].item[+].linkId = "action-owner"
* item[=].item[=].text = "Owner (the agency or role that carries it out)"
* item[=].item[=].type = #string
* item[=].item[=].required = true
* item[=].item[+].linkId = "action-due"
* item[=].item[=].text = "Due by"
* item[=].item[=].type = #date
* item[=].item[=].required = false
