CodeSystem: CdrAgency
Id: cdr-agency
Title: "Agencies"
Description: "The kinds of agency asked for a Reporting Form about a child (Task.performerType of a reporting-form request, and the user of each reporting form Questionnaire)."
* insert CdrCodeSystem
* #health "Health" "NHS services that knew the child or the mother: hospital, GP, health visiting, midwifery, community and mental health services, ambulance."
* #social-care "Children's social care" "The local authority's children's social care."
* #police "Police" "The police force."
* #education "Education" "The child's school, college, nursery or early-years setting."
