// An unexpected death at home of an infant resident in Central Bedfordshire (the sender states the local
// authority on the address). A Joint Agency Response was started and the death referred to the coroner.
// The author is the trust (an Organization). The professionals: the JAR lead and a police officer of
// Bedfordshire Police, an organisation without an ODS code, identified by its name.

Instance: HomeComposition
InstanceOf: CdrNotificationComposition
Usage: #inline
* status = #final
* type = CdrDocumentType#child-death-notification "Child death notification"
* subject.reference = "urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3"
* date = "2026-01-20T10:15:00+00:00"
* author[0].reference = "urn:uuid:393d859d-3e59-4548-844f-40671d7fe6a8"
* title = "Child death notification"
* section[child].title = "The child"
* section[child].code = CdrSection#child "The child"
* section[child].entry[0].reference = "urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3"
* section[death].title = "The death"
* section[death].code = CdrSection#death "The death"
* section[death].entry[0].reference = "urn:uuid:8cdfa8a2-7ae0-4b6c-8954-3c14d19e2a91"
* section[death].entry[1].reference = "urn:uuid:e0764a1e-dc7f-495a-bdd6-b1e6ab78f7b2"
* section[death].entry[2].reference = "urn:uuid:ab4db7ca-45ee-47f0-96d5-1996426c0303"
* section[death].entry[3].reference = "urn:uuid:334f6dcf-ae5f-42f1-b778-e6d078625336"
* section[death].entry[4].reference = "urn:uuid:8ad9cdc9-276e-4478-b7f6-8bf3d0a2cd24"
* section[death].entry[5].reference = "urn:uuid:7e6952ec-bf8c-4693-adc9-e45da3078921"
* section[placeOfDeath].title = "Place of death"
* section[placeOfDeath].code = CdrSection#place-of-death "Place of death"
* section[placeOfDeath].entry[0].reference = "urn:uuid:2ab19c50-a5e5-4e01-b47f-c1fb159a2a89"
* section[family].title = "Family and carers"
* section[family].code = CdrSection#family "Family and carers"
* section[family].entry[0].reference = "urn:uuid:77ddd084-7841-41fb-a7c1-919c99074ac6"
* section[notifier].title = "Notifier"
* section[notifier].code = CdrSection#notifier "Notifier"
* section[notifier].entry[0].reference = "urn:uuid:09d65b64-9112-42d9-8b11-9dc167354102"
* section[professionals].title = "Professionals involved"
* section[professionals].code = CdrSection#professionals "Professionals involved"
* section[professionals].entry[0].reference = "urn:uuid:bac7e975-87e1-41e4-8d55-f384a8b7dea8"
* section[circumstances].title = "The child's circumstances"
* section[circumstances].code = CdrSection#circumstances "The child's circumstances"
* section[circumstances].entry[0].reference = "urn:uuid:f1a1342f-6a6b-4797-97bc-d86d7dac604f"
* section[death].entry[6].reference = "urn:uuid:e416bb9b-7b8a-4014-8b2f-3385842fedb6"

Instance: HomeChild
InstanceOf: CdrChild
Usage: #inline
* insert ChildLeoHartwell

Instance: HomeExpectedness
InstanceOf: CdrDeathExpectedness
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueCodeableConcept = CdrExpectedness#unexpected "Unexpected death"

Instance: HomeJarStarted
InstanceOf: CdrJarStarted
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueCodeableConcept = CdrAnswer#yes "Yes"

Instance: HomePostMortem
InstanceOf: CdrPostMortem
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueCodeableConcept = CdrPostMortemStatus#arranged "Arranged"

Instance: HomeCoronerReferral
InstanceOf: CdrCoronerReferral
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueCodeableConcept = CdrAnswer#yes "Yes"

Instance: HomeSuspectedStillbirthAtHome
InstanceOf: CdrSuspectedStillbirthAtHome
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueBoolean = false

Instance: HomeCircumstances
InstanceOf: CdrDeathCircumstances
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueString = "Six-month-old boy found unresponsive in his cot by his mother at about 06:30. Ambulance crew started resuscitation at home; he was pronounced dead at home at 06:55. No known medical history. Police attended; JAR started by the on-call paediatrician."

Instance: HomePlaceOfDeath
InstanceOf: CdrPlaceOfDeath
Usage: #inline
* name = "Family home"
* type = CdrPlaceOfDeathType#home "Home"
* address.line[0] = "4 Mill Close"
* address.city = "Toddington"
* address.postalCode = "LU5 6BT"

Instance: HomeModeOfDeath
InstanceOf: CdrModeOfDeath
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* valueCodeableConcept = CdrModeOfDeathCodes#failed-resuscitation "Collapse and failed resuscitation"

Instance: HomeSafeguarding
InstanceOf: CdrSafeguarding
Usage: #inline
* insert DeathDetail(urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3, 2026-01-20T06:55:00+00:00)
* component[lookedAfter].code = CdrDeathDetail#looked-after "Looked-after child"
* component[lookedAfter].valueCodeableConcept = CdrAnswer#no "No"
* component[childProtectionPlan].code = CdrDeathDetail#child-protection-plan "Child protection plan"
* component[childProtectionPlan].valueCodeableConcept = CdrAnswer#no "No"
* component[knownToSocialCare].code = CdrDeathDetail#known-to-social-care "Known to children's social care"
* component[knownToSocialCare].valueCodeableConcept = CdrAnswer#unknown "Not known"
* component[otherChildrenInHousehold].code = CdrDeathDetail#other-children-in-household "Other children in the household"
* component[otherChildrenInHousehold].valueCodeableConcept = CdrAnswer#yes "Yes"
* component[safeguardingPartnersInformed].code = CdrDeathDetail#safeguarding-partners-informed "Safeguarding partners informed"
* component[safeguardingPartnersInformed].valueCodeableConcept = CdrAnswer#not-yet-decided "Not yet decided"

Instance: HomeCareTeam
InstanceOf: CdrCareTeam
Usage: #inline
* status = #active
* name = "Professionals of the Joint Agency Response"
* subject.reference = "urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3"
* participant[0].role[0].text = "On-call consultant paediatrician (JAR lead)"
* participant[0].member.reference = "urn:uuid:09d65b64-9112-42d9-8b11-9dc167354102"
* participant[1].role[0].text = "Detective constable, child abuse investigation unit"
* participant[1].member.reference = "urn:uuid:4fa1396c-df1a-4c72-970b-1163b436d4a0"

Instance: HomePoliceOfficer
InstanceOf: CdrNotifierRole
Usage: #inline
* organization.reference = "urn:uuid:23876e5c-c4f5-44a8-b162-bce90261f53f"
* code[0].text = "Detective constable, child abuse investigation unit"
* telecom[0].system = #phone
* telecom[0].value = "01632 960555"
* telecom[0].use = #work

Instance: HomePolice
InstanceOf: CdrOrganization
Usage: #inline
* name = "Bedfordshire Police"
* type[0].text = "Police"

Instance: HomeMother
InstanceOf: CdrRelatedPerson
Usage: #inline
* extension[parentalResponsibility].valueBoolean = true
* patient.reference = "urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3"
* relationship[0] = $v3-RoleCode#MTH "mother"
* name[0].family = "Hartwell"
* name[0].given[0] = "Chloe"
* telecom[0].system = #phone
* telecom[0].value = "07700 900456"
* address[0].line[0] = "4 Mill Close"
* address[0].city = "Toddington"
* address[0].postalCode = "LU5 6BT"

Instance: HomeNotifier
InstanceOf: CdrNotifierRole
Usage: #inline
* organization.reference = "urn:uuid:393d859d-3e59-4548-844f-40671d7fe6a8"
* code[0] = $practitioner-role#doctor "Doctor"
* code[0].text = "On-call consultant paediatrician (JAR lead)"
* telecom[0].system = #phone
* telecom[0].value = "01632 960321"
* telecom[0].use = #work

Instance: HomeTrust
InstanceOf: CdrOrganization
Usage: #inline
* insert OrgRC9

Instance: notification-unexpected-home
InstanceOf: CdrNotificationBundle
Usage: #example
Title: "Notification: unexpected death at home (Central Bedfordshire)"
Description: "A child death notification of an unexpected infant death at home; the child lived in Central Bedfordshire (local-authority extension E06000056 on the address); JAR started, post-mortem arranged, referred to the coroner (coded answers); the professionals include a police officer of Bedfordshire Police, an organisation without an ODS code; safeguarding partners not yet told."
* identifier.system = "https://bedfordshirehospitals.nhs.uk/fhir/Id/cdr-notification"
* identifier.value = "RC9-CDN-2026-000042"
* type = #document
* timestamp = "2026-01-20T10:15:00+00:00"
* entry[composition].fullUrl = "urn:uuid:9092fa96-f91c-4043-8787-b22ac2da6103"
* entry[composition].resource = HomeComposition
* entry[child][0].fullUrl = "urn:uuid:35dc6686-4540-4bfa-b41c-4fa9a4c037d3"
* entry[child][0].resource = HomeChild
* entry[expectedness].fullUrl = "urn:uuid:8cdfa8a2-7ae0-4b6c-8954-3c14d19e2a91"
* entry[expectedness].resource = HomeExpectedness
* entry[jarStarted].fullUrl = "urn:uuid:e0764a1e-dc7f-495a-bdd6-b1e6ab78f7b2"
* entry[jarStarted].resource = HomeJarStarted
* entry[postMortem].fullUrl = "urn:uuid:ab4db7ca-45ee-47f0-96d5-1996426c0303"
* entry[postMortem].resource = HomePostMortem
* entry[coronerReferral].fullUrl = "urn:uuid:334f6dcf-ae5f-42f1-b778-e6d078625336"
* entry[coronerReferral].resource = HomeCoronerReferral
* entry[suspectedStillbirthAtHome].fullUrl = "urn:uuid:8ad9cdc9-276e-4478-b7f6-8bf3d0a2cd24"
* entry[suspectedStillbirthAtHome].resource = HomeSuspectedStillbirthAtHome
* entry[deathCircumstances].fullUrl = "urn:uuid:7e6952ec-bf8c-4693-adc9-e45da3078921"
* entry[deathCircumstances].resource = HomeCircumstances
* entry[placeOfDeath].fullUrl = "urn:uuid:2ab19c50-a5e5-4e01-b47f-c1fb159a2a89"
* entry[placeOfDeath].resource = HomePlaceOfDeath
* entry[relatedPerson][0].fullUrl = "urn:uuid:77ddd084-7841-41fb-a7c1-919c99074ac6"
* entry[relatedPerson][0].resource = HomeMother
* entry[professionalRole][0].fullUrl = "urn:uuid:09d65b64-9112-42d9-8b11-9dc167354102"
* entry[professionalRole][0].resource = HomeNotifier
* entry[organization][0].fullUrl = "urn:uuid:393d859d-3e59-4548-844f-40671d7fe6a8"
* entry[organization][0].resource = HomeTrust
* entry[modeOfDeath][0].fullUrl = "urn:uuid:e416bb9b-7b8a-4014-8b2f-3385842fedb6"
* entry[modeOfDeath][0].resource = HomeModeOfDeath
* entry[safeguarding][0].fullUrl = "urn:uuid:f1a1342f-6a6b-4797-97bc-d86d7dac604f"
* entry[safeguarding][0].resource = HomeSafeguarding
* entry[careTeam][0].fullUrl = "urn:uuid:bac7e975-87e1-41e4-8d55-f384a8b7dea8"
* entry[careTeam][0].resource = HomeCareTeam
* entry[professionalRole][1].fullUrl = "urn:uuid:4fa1396c-df1a-4c72-970b-1163b436d4a0"
* entry[professionalRole][1].resource = HomePoliceOfficer
* entry[organization][1].fullUrl = "urn:uuid:23876e5c-c4f5-44a8-b162-bce90261f53f"
* entry[organization][1].resource = HomePolice
