CodeSystem: CdrSection
Id: cdr-section
Title: "CDR document sections"
Description: "Section codes (Composition.section.code) of the child death notification and of the panel summary."
* insert CdrCodeSystem
* #child "The child" "The child who died: the cdr-child Patient."
* #death "The death" "Facts about the death: expected or unexpected, JAR started, post-mortem, coroner referral, suspected stillbirth at home, brief circumstances, the fatal event, the mode of death (Observations). The date and time of death is Patient.deceasedDateTime."
* #place-of-death "Place of death" "Where the child died: a cdr-place-of-death Location."
* #perinatal "Perinatal and neonatal details" "The birth of a baby who died: gestation, birth weight, plurality, perinatal mortality review (a cdr-perinatal Observation)."
* #circumstances "The child's circumstances" "Safeguarding context and learning disability or autism (cdr-safeguarding, cdr-learning-disability-autism Observations)."
* #family "Family and carers" "Parents, carers and people with parental responsibility (cdr-related-person)."
* #professionals "Professionals involved" "Every professional who cared for the child in life or after death (a cdr-care-team of cdr-notifier-role PractitionerRoles)."
* #notifier "Notifier" "The person who notifies the death and whom the child death review team can call back (cdr-notifier-role)."
* #case-summary "Case summary" "The anonymised summary of one case in a panel summary: age band, area, category of death, modifiable factors, learning and recommendations."
