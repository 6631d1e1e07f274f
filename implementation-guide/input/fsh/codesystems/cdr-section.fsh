CodeSystem: CdrSection
Id: cdr-section
Title: "CDR document sections"
Description: "Section codes (Composition.section.code) of the child death notification and of the panel summary (one section per group of facts)."
* insert CdrCodeSystem
* #child "The child" "The child who died: the cdr-child Patient."
* #death "The death" "Facts about the death: expected or unexpected, JAR started, post-mortem, coroner referral, suspected stillbirth at home, brief circumstances, the fatal event, the mode of death (Observations). The date and time of death is Patient.deceasedDateTime."
* #place-of-death "Place of death" "Where the child died: a cdr-place-of-death Location."
* #perinatal "Perinatal and neonatal details" "The birth of a baby who died: gestation, birth weight, plurality, perinatal mortality review (a cdr-perinatal Observation)."
* #circumstances "The child's circumstances" "Safeguarding context and learning disability or autism (cdr-safeguarding, cdr-learning-disability-autism Observations)."
* #family "Family and carers" "Parents, carers and people with parental responsibility (cdr-related-person)."
* #professionals "Professionals involved" "Every professional who cared for the child in life or after death (a cdr-care-team of cdr-notifier-role PractitionerRoles)."
* #notifier "Notifier" "The person who notifies the death and whom the child death review team can call back (cdr-notifier-role)."
* #summary-case "The case" "Panel summary: the case number's area and review stage, and how many notifications were received."
* #summary-child "The child" "Panel summary: the child's age band (never the birth date) and sex."
* #summary-death "The death" "Panel summary: expected or unexpected, and the kind of place of death (never the place)."
* #summary-analysis "The panel's analysis" "Panel summary: category of death, modifiable factors, and the text the panel wrote for itself in the Analysis Form (case summary, learning points)."
* #summary-timeline "Timeline" "Panel summary: the case's steps in days after the death (never a date)."
* #summary-agencies "Agencies involved" "Panel summary: the agencies asked for a reporting form, and whether they reported."
