Profile: CdrSafeguarding
Parent: Observation
Id: cdr-safeguarding
Title: "Safeguarding context"
Description: "The child's safeguarding context at the time of death, one component per question: looked-after child, child protection plan, child in need or known to children's social care, other children in the household (yes, no, not known), and whether the local safeguarding partners have been told (also not yet decided)."
* insert CdrComponentObservation(safeguarding)
* component contains
    lookedAfter 0..1 MS and
    childProtectionPlan 0..1 MS and
    knownToSocialCare 0..1 MS and
    otherChildrenInHousehold 0..1 MS and
    safeguardingPartnersInformed 0..1 MS
* insert AnswerComponent(lookedAfter, looked-after, CdrAnswerKnownVS)
* insert AnswerComponent(childProtectionPlan, child-protection-plan, CdrAnswerKnownVS)
* insert AnswerComponent(knownToSocialCare, known-to-social-care, CdrAnswerKnownVS)
* insert AnswerComponent(otherChildrenInHousehold, other-children-in-household, CdrAnswerKnownVS)
* insert AnswerComponent(safeguardingPartnersInformed, safeguarding-partners-informed, CdrAnswerVS)
