// An expected neonatal death at the Luton & Dunstable Hospital site; the baby lived in Luton.
// Every section of the notification is present: born at 29 weeks (very preterm), a singleton of 1,180 g, with a
// perinatal mortality review; coded answers for JAR, post-mortem and coroner; the NHS number awaits its trace (08).

Instance: NeonatalComposition
InstanceOf: CdrNotificationComposition
Usage: #inline
* status = #final
* type = CdrDocumentType#child-death-notification "Child death notification"
* subject.reference = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* date = "2026-02-14T09:30:00+00:00"
* author[0].reference = "urn:uuid:6b275557-3eaf-4954-aff9-a95e5ce8c908"
* title = "Child death notification"
* section[child].title = "The child"
* section[child].code = CdrSection#child "The child"
* section[child].entry[0].reference = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* section[death].title = "The death"
* section[death].code = CdrSection#death "The death"
* section[death].entry[0].reference = "urn:uuid:a69df80e-c79b-46b3-9f00-6d073fb2374b"
* section[death].entry[1].reference = "urn:uuid:05548b05-16ab-4f1e-bda9-0514cbf877c3"
* section[death].entry[2].reference = "urn:uuid:48046279-6ea4-499c-9de6-b00fecc07a69"
* section[death].entry[3].reference = "urn:uuid:3d9e3c34-a573-4496-affe-271a5cd74a8a"
* section[death].entry[4].reference = "urn:uuid:b29b205f-997d-410e-b14f-7fdf6734006e"
* section[death].entry[5].reference = "urn:uuid:ec319774-a99e-42dc-acc7-edcc93c9ed85"
* section[placeOfDeath].title = "Place of death"
* section[placeOfDeath].code = CdrSection#place-of-death "Place of death"
* section[placeOfDeath].entry[0].reference = "urn:uuid:e46573e0-9955-40dc-8054-32f99423bbb9"
* section[family].title = "Family and carers"
* section[family].code = CdrSection#family "Family and carers"
* section[family].entry[0].reference = "urn:uuid:fdd35757-5f6d-4293-b71a-369a50d7c5a9"
* section[family].entry[1].reference = "urn:uuid:a097e9fd-c74a-422c-9376-9c375f302070"
* section[professionals].title = "Professionals involved"
* section[professionals].code = CdrSection#professionals "Professionals involved"
* section[professionals].entry[0].reference = "urn:uuid:5c1ff796-36ec-4eb7-a03c-7a03533904f1"
* section[notifier].title = "Notifier"
* section[notifier].code = CdrSection#notifier "Notifier"
* section[notifier].entry[0].reference = "urn:uuid:6b275557-3eaf-4954-aff9-a95e5ce8c908"
* section[perinatal].title = "Perinatal and neonatal details"
* section[perinatal].code = CdrSection#perinatal "Perinatal and neonatal details"
* section[perinatal].entry[0].reference = "urn:uuid:e946d3c2-cc71-48b0-a544-2eb8665daaf8"
* section[circumstances].title = "The child's circumstances"
* section[circumstances].code = CdrSection#circumstances "The child's circumstances"
* section[circumstances].entry[0].reference = "urn:uuid:195e8b27-8683-4e07-a236-c0e8c5014366"
* section[death].entry[6].reference = "urn:uuid:5a3b3046-9db8-49bd-8c5f-48bcf4baff5d"

Instance: NeonatalChild
InstanceOf: CdrChild
Usage: #inline
* insert ChildIslaMarsh

Instance: NeonatalExpectedness
InstanceOf: CdrDeathExpectedness
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueCodeableConcept = CdrExpectedness#expected "Expected death"

Instance: NeonatalJarStarted
InstanceOf: CdrJarStarted
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueCodeableConcept = CdrAnswer#no "No"

Instance: NeonatalPostMortem
InstanceOf: CdrPostMortem
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueCodeableConcept = CdrPostMortemStatus#not-required "Not required"

Instance: NeonatalCoronerReferral
InstanceOf: CdrCoronerReferral
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueCodeableConcept = CdrAnswer#no "No"

Instance: NeonatalSuspectedStillbirthAtHome
InstanceOf: CdrSuspectedStillbirthAtHome
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueBoolean = false

Instance: NeonatalCircumstances
InstanceOf: CdrDeathCircumstances
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueString = "Born at 29 weeks' gestation with a severe congenital diaphragmatic hernia diagnosed antenatally. Cared for on the neonatal unit; intensive care was redirected to palliative care with the parents' agreement and she died in her parents' arms."

Instance: NeonatalPlaceOfDeath
InstanceOf: CdrPlaceOfDeath
Usage: #inline
* identifier[odsSiteCode].system = $ods-site
* identifier[odsSiteCode].value = "RC971"
* name = "Luton and Dunstable University Hospital"
* type = CdrPlaceOfDeathType#neonatal-unit "Neonatal unit"
* address.line[0] = "Lewsey Road"
* address.city = "Luton"
* address.postalCode = "LU4 0DZ"
* managingOrganization.reference = "urn:uuid:0ceb9068-0508-4ed8-859d-e9e37ef4acf6"

Instance: NeonatalPerinatal
InstanceOf: CdrPerinatal
Usage: #inline
* status = #final
* subject.reference = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* effectiveDateTime = "2026-02-09T03:12:00+00:00"
* component[gestationAtBirth].code = CdrDeathDetail#gestation-at-birth "Gestation at birth"
* component[gestationAtBirth].valueQuantity = 29 'wk' "weeks"
* component[birthWeight].code = CdrDeathDetail#birth-weight "Birth weight"
* component[birthWeight].valueQuantity = 1180 'g' "g"
* component[plurality].code = CdrDeathDetail#plurality "Plurality"
* component[plurality].valueCodeableConcept = CdrPlurality#singleton "Singleton"
* component[perinatalMortalityReview].code = CdrDeathDetail#perinatal-mortality-review "Perinatal mortality review"
* component[perinatalMortalityReview].valueString = "PMRT 2026-48213"

Instance: NeonatalModeOfDeath
InstanceOf: CdrModeOfDeath
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* valueCodeableConcept = CdrModeOfDeathCodes#withdrawal-of-treatment "Withdrawal of life-sustaining treatment"

Instance: NeonatalSafeguarding
InstanceOf: CdrSafeguarding
Usage: #inline
* insert DeathDetail(urn:uuid:4c44b961-0004-4b68-9d57-318871b22480, 2026-02-13T22:40:00+00:00)
* component[lookedAfter].code = CdrDeathDetail#looked-after "Looked-after child"
* component[lookedAfter].valueCodeableConcept = CdrAnswer#no "No"
* component[childProtectionPlan].code = CdrDeathDetail#child-protection-plan "Child protection plan"
* component[childProtectionPlan].valueCodeableConcept = CdrAnswer#no "No"
* component[knownToSocialCare].code = CdrDeathDetail#known-to-social-care "Known to children's social care"
* component[knownToSocialCare].valueCodeableConcept = CdrAnswer#no "No"
* component[otherChildrenInHousehold].code = CdrDeathDetail#other-children-in-household "Other children in the household"
* component[otherChildrenInHousehold].valueCodeableConcept = CdrAnswer#yes "Yes"

Instance: NeonatalMother
InstanceOf: CdrRelatedPerson
Usage: #inline
* extension[parentalResponsibility].valueBoolean = true
* patient.reference = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* relationship[0] = $v3-RoleCode#MTH "mother"
* name[0].family = "Marsh"
* name[0].given[0] = "Grace"
* telecom[0].system = #phone
* telecom[0].value = "07700 900123"
* address[0].line[0] = "27 Bramingham Road"
* address[0].city = "Luton"
* address[0].postalCode = "LU3 2SR"

Instance: NeonatalFather
InstanceOf: CdrRelatedPerson
Usage: #inline
* extension[parentalResponsibility].valueBoolean = true
* patient.reference = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* relationship[0] = $v3-RoleCode#FTH "father"
* name[0].family = "Marsh"
* name[0].given[0] = "Daniel"
* telecom[0].system = #phone
* telecom[0].value = "07700 900124"

Instance: NeonatalCareTeam
InstanceOf: CdrCareTeam
Usage: #inline
* status = #active
* name = "Professionals who cared for Isla"
* subject.reference = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* participant[0].role[0].text = "Consultant neonatologist (notifier)"
* participant[0].member.reference = "urn:uuid:6b275557-3eaf-4954-aff9-a95e5ce8c908"
* participant[1].role[0].text = "Neonatal nurse"
* participant[1].member.reference = "urn:uuid:a264c0ac-ea2d-415a-bd0b-2731167c9279"

Instance: NeonatalNotifier
InstanceOf: CdrNotifierRole
Usage: #inline
* practitioner.reference = "urn:uuid:0d2b6116-aa73-447c-95df-f25d6410f932"
* organization.reference = "urn:uuid:0ceb9068-0508-4ed8-859d-e9e37ef4acf6"
* code[0] = $practitioner-role#doctor "Doctor"
* code[0].text = "Consultant neonatologist"
* telecom[0].system = #phone
* telecom[0].value = "01632 960123"
* telecom[0].use = #work
* telecom[1].system = #email
* telecom[1].value = "neonatal.consultant@example.nhs.uk"
* telecom[1].use = #work

Instance: NeonatalNurse
InstanceOf: CdrNotifierRole
Usage: #inline
* organization.reference = "urn:uuid:0ceb9068-0508-4ed8-859d-e9e37ef4acf6"
* code[0] = $practitioner-role#nurse "Nurse"
* code[0].text = "Neonatal nurse"
* telecom[0].system = #phone
* telecom[0].value = "01632 960124"
* telecom[0].use = #work

Instance: NeonatalTrust
InstanceOf: CdrOrganization
Usage: #inline
* insert OrgRC9

Instance: NeonatalNotifierPractitioner
InstanceOf: Practitioner
Usage: #inline
* name[0].prefix[0] = "Dr"
* name[0].given[0] = "Priya"
* name[0].family = "Natarajan"

Instance: notification-expected-neonatal
InstanceOf: CdrNotificationBundle
Usage: #example
Title: "Notification: expected neonatal death in hospital (Luton)"
Description: "A complete child death notification: an expected neonatal death on the neonatal unit of the Luton & Dunstable Hospital site (RC971) of a baby resident in Luton, born very preterm at 29 weeks (1,180 g, singleton) with a perinatal mortality review; every section, both parents, the professionals and the notifier."
* identifier.system = "https://bedfordshirehospitals.nhs.uk/fhir/Id/cdr-notification"
* identifier.value = "RC9-CDN-2026-000118"
* type = #document
* timestamp = "2026-02-14T09:30:00+00:00"
* entry[composition].fullUrl = "urn:uuid:eb9ee78a-29b2-4568-b67a-df7c1f868240"
* entry[composition].resource = NeonatalComposition
* entry[child][0].fullUrl = "urn:uuid:4c44b961-0004-4b68-9d57-318871b22480"
* entry[child][0].resource = NeonatalChild
* entry[expectedness].fullUrl = "urn:uuid:a69df80e-c79b-46b3-9f00-6d073fb2374b"
* entry[expectedness].resource = NeonatalExpectedness
* entry[jarStarted].fullUrl = "urn:uuid:05548b05-16ab-4f1e-bda9-0514cbf877c3"
* entry[jarStarted].resource = NeonatalJarStarted
* entry[postMortem].fullUrl = "urn:uuid:48046279-6ea4-499c-9de6-b00fecc07a69"
* entry[postMortem].resource = NeonatalPostMortem
* entry[coronerReferral].fullUrl = "urn:uuid:3d9e3c34-a573-4496-affe-271a5cd74a8a"
* entry[coronerReferral].resource = NeonatalCoronerReferral
* entry[suspectedStillbirthAtHome].fullUrl = "urn:uuid:b29b205f-997d-410e-b14f-7fdf6734006e"
* entry[suspectedStillbirthAtHome].resource = NeonatalSuspectedStillbirthAtHome
* entry[deathCircumstances].fullUrl = "urn:uuid:ec319774-a99e-42dc-acc7-edcc93c9ed85"
* entry[deathCircumstances].resource = NeonatalCircumstances
* entry[placeOfDeath].fullUrl = "urn:uuid:e46573e0-9955-40dc-8054-32f99423bbb9"
* entry[placeOfDeath].resource = NeonatalPlaceOfDeath
* entry[relatedPerson][0].fullUrl = "urn:uuid:fdd35757-5f6d-4293-b71a-369a50d7c5a9"
* entry[relatedPerson][0].resource = NeonatalMother
* entry[relatedPerson][1].fullUrl = "urn:uuid:a097e9fd-c74a-422c-9376-9c375f302070"
* entry[relatedPerson][1].resource = NeonatalFather
* entry[careTeam][0].fullUrl = "urn:uuid:5c1ff796-36ec-4eb7-a03c-7a03533904f1"
* entry[careTeam][0].resource = NeonatalCareTeam
* entry[professionalRole][0].fullUrl = "urn:uuid:6b275557-3eaf-4954-aff9-a95e5ce8c908"
* entry[professionalRole][0].resource = NeonatalNotifier
* entry[professionalRole][1].fullUrl = "urn:uuid:a264c0ac-ea2d-415a-bd0b-2731167c9279"
* entry[professionalRole][1].resource = NeonatalNurse
* entry[organization][0].fullUrl = "urn:uuid:0ceb9068-0508-4ed8-859d-e9e37ef4acf6"
* entry[organization][0].resource = NeonatalTrust
* entry[practitioner][0].fullUrl = "urn:uuid:0d2b6116-aa73-447c-95df-f25d6410f932"
* entry[practitioner][0].resource = NeonatalNotifierPractitioner
* entry[perinatal][0].fullUrl = "urn:uuid:e946d3c2-cc71-48b0-a544-2eb8665daaf8"
* entry[perinatal][0].resource = NeonatalPerinatal
* entry[modeOfDeath][0].fullUrl = "urn:uuid:5a3b3046-9db8-49bd-8c5f-48bcf4baff5d"
* entry[modeOfDeath][0].resource = NeonatalModeOfDeath
* entry[safeguarding][0].fullUrl = "urn:uuid:195e8b27-8683-4e07-a236-c0e8c5014366"
* entry[safeguarding][0].resource = NeonatalSafeguarding
