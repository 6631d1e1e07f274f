// The Reporting Forms (NCMD, per agency) and supplementary forms. Each form names the agency that answers it
// in useContext (code user): the server requests a form from that agency (EpisodeOfCare/[id]/$request-reports).

RuleSet: AnsweredBy(agency)
* useContext[0].code = http://terminology.hl7.org/CodeSystem/usage-context-type#user
* useContext[0].valueCodeableConcept = CdrAgency#{agency}

RuleSet: Question(linkId, type, required, text)
* item[+].linkId = "{linkId}"
* item[=].text = "{text}"
* item[=].type = #{type}
* item[=].required = {required}

// What every agency reports: its involvement, concerns, social circumstances (2021: poverty, deprivation,
// barriers to services) and bereavement support (2022).
RuleSet: AgencyReport
* insert Question(involvement, text, true, The agency's involvement with the child and family)
* insert Question(concerns, text, false, Concerns about the child or the family known to the agency)
* insert Question(poverty-or-deprivation, boolean, false, Was the family affected by poverty or deprivation?)
* insert Question(barriers-to-services, text, false, Barriers the family met in using services)
* insert Question(bereavement-support-offered, boolean, false, Was bereavement support offered to the family?)

Instance: cdr-reporting-form-health
InstanceOf: Questionnaire
Usage: #definition
Title: "Reporting Form: health"
Description: "The Reporting Form of a health agency (hospital, GP, health visiting, midwifery, community or mental health services)."
* insert FormMetadata(cdr-reporting-form-health, CdrReportingFormHealth, Reporting Form: health)
* insert AnsweredBy(health)
* insert AgencyReport
* insert Question(height-cm, decimal, false, Child's last recorded height (cm\))
* insert Question(weight-kg, decimal, false, Child's last recorded weight (kg\))
* insert Question(maternal-bmi, decimal, false, Mother's body mass index at booking)
* insert Question(long-term-conditions, text, false, The child's long-term conditions and treatment)

Instance: cdr-reporting-form-social-care
InstanceOf: Questionnaire
Usage: #definition
Title: "Reporting Form: children's social care"
Description: "The Reporting Form of the local authority's children's social care."
* insert FormMetadata(cdr-reporting-form-social-care, CdrReportingFormSocialCare, Reporting Form: children's social care)
* insert AnsweredBy(social-care)
* insert AgencyReport
* insert Question(known-to-social-care, boolean, true, Was the child known to children's social care?)
* insert Question(child-in-need, boolean, false, Was the child a child in need?)
* insert Question(child-protection-plan, boolean, false, Did the child have a child protection plan?)
* insert Question(looked-after, boolean, false, Was the child looked after?)

Instance: cdr-reporting-form-police
InstanceOf: Questionnaire
Usage: #definition
Title: "Reporting Form: police"
Description: "The Reporting Form of the police."
* insert FormMetadata(cdr-reporting-form-police, CdrReportingFormPolice, Reporting Form: police)
* insert AnsweredBy(police)
* insert AgencyReport
* insert Question(known-to-police, boolean, true, Were the child or the household known to the police?)
* insert Question(domestic-abuse, boolean, false, Had domestic abuse in the household been reported?)
* insert Question(investigation-open, boolean, false, Is a criminal investigation into the death open?)

Instance: cdr-reporting-form-education
InstanceOf: Questionnaire
Usage: #definition
Title: "Reporting Form: education"
Description: "The Reporting Form of the child's school, college, nursery or early-years setting."
* insert FormMetadata(cdr-reporting-form-education, CdrReportingFormEducation, Reporting Form: education)
* insert AnsweredBy(education)
* insert AgencyReport
* insert Question(attendance-concerns, boolean, false, Were there concerns about the child's attendance?)
* insert Question(special-educational-needs, boolean, false, Did the child have special educational needs or an EHC plan?)

Instance: cdr-supplementary-form-sudi
InstanceOf: Questionnaire
Usage: #definition
Title: "Supplementary form: sudden unexpected death in infancy or childhood"
Description: "Optional supplementary form for a sudden unexpected death in infancy or childhood (SUDI/SUDC), answered by health (the paediatrician of the Joint Agency Response)."
* insert FormMetadata(cdr-supplementary-form-sudi, CdrSupplementaryFormSudi, Supplementary form: sudden unexpected death in infancy or childhood)
* insert AnsweredBy(health)
* insert Question(sleep-place, string, true, Where the child was placed to sleep)
* insert Question(sleep-position, string, false, Position the child was placed in and found in)
* insert Question(bed-sharing, boolean, false, Was the child sharing a bed or sofa?)
* insert Question(smoking-in-household, boolean, false, Did anyone in the household smoke?)
* insert Question(alcohol-or-drugs, boolean, false, Had a carer taken alcohol or drugs?)
* insert Question(home-visit, boolean, false, Was a joint home visit made?)

Instance: cdr-supplementary-form-neonatal
InstanceOf: Questionnaire
Usage: #definition
Title: "Supplementary form: neonatal death"
Description: "Optional supplementary form for a neonatal death, answered by health (the neonatal unit)."
* insert FormMetadata(cdr-supplementary-form-neonatal, CdrSupplementaryFormNeonatal, Supplementary form: neonatal death)
* insert AnsweredBy(health)
* insert Question(gestation-weeks, integer, true, Gestation at birth (completed weeks\))
* insert Question(birth-weight-g, integer, false, Birth weight (g\))
* insert Question(perinatal-review, boolean, false, Is the death being reviewed with the Perinatal Mortality Review Tool?)
