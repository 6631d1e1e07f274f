Profile: CdrNotificationBundle
Parent: Bundle
Id: cdr-notification-bundle
Title: "Child death notification (document Bundle)"
Description: """
The notification of a child's death: a FHIR document (Bundle of type `document`) whose first entry is a
cdr-notification-composition. `identifier` is the sender's unique id of the notification and the idempotency key:
the server answers a resubmission with the same identifier with the same result, never a second case. Entries use
`urn:uuid:` fullUrls and every reference inside the document resolves to one of them.

Each entry is validated against its profile through the entry slices (by resource type, the death Observations also by
code). References between the resources of the document name base resource types, so that an error in one resource
(e.g. the child's NHS number) is reported once, on that resource, and not again at every reference to it.
"""
* obeys cdr-bundle-composition-first and cdr-bundle-child-consistent and cdr-bundle-refs-resolve and cdr-bundle-expectedness
* identifier 1..1 MS
* identifier ^short = "The sender's unique id of this notification (idempotency key)"
* identifier.system 1..1 MS
* identifier.value 1..1 MS
* type = #document
* type MS
* timestamp 1..1 MS
// A realistic maximum (a notification has 10 to 30 entries): the server refuses a larger Bundle before
// validating it (cdr.input-limits.max-entries, which must equal this maximum)
* entry 1..200 MS
* entry.fullUrl 1..1 MS
* entry.resource 1..1 MS
* entry.search 0..0
* entry.request 0..0
* entry.response 0..0
// By resource type, and the death-detail Observations also by their fixed code, one slice per profile: with a
// single slice allowing any of the six profiles, HAPI validated every Observation against all six. ofType() keeps
// the code discriminator resolvable on the slices of other resource types (they have no code).
* entry ^slicing.discriminator[0].type = #type
* entry ^slicing.discriminator[0].path = "resource"
* entry ^slicing.discriminator[1].type = #pattern
* entry ^slicing.discriminator[1].path = "resource.ofType(Observation).code"
* entry ^slicing.rules = #closed
* entry ^slicing.ordered = false
* entry ^slicing.description = "One slice per resource type of the notification document; the death-detail Observations also by code, one slice per profile"
* entry contains
    composition 1..1 MS and
    child 1..200 MS and
    expectedness 1..200 MS and
    jarStarted 0..200 MS and
    postMortem 0..200 MS and
    coronerReferral 0..200 MS and
    suspectedStillbirthAtHome 0..200 MS and
    deathCircumstances 0..200 MS and
    fatalEvent 0..200 MS and
    modeOfDeath 0..200 MS and
    perinatal 0..200 MS and
    safeguarding 0..200 MS and
    learningDisabilityAutism 0..200 MS and
    placeOfDeath 0..1 MS and
    relatedPerson 0..200 MS and
    careTeam 0..200 MS and
    professionalRole 1..200 MS and
    organization 0..200 MS and
    practitioner 0..200 MS
* entry[composition].resource only CdrNotificationComposition
* entry[child].resource only CdrChild
* entry[child] ^short = "The child (exactly one child is referenced: see cdr-bundle-child-consistent)"
// Any number of each death-detail Observation, and no other Observation, as with the earlier single slice
// (deathDetail 1..*, one of the six profiles); its minimum is on expectedness, which cdr-bundle-expectedness requires.
* entry[expectedness].resource only CdrDeathExpectedness
* entry[jarStarted].resource only CdrJarStarted
* entry[postMortem].resource only CdrPostMortem
* entry[coronerReferral].resource only CdrCoronerReferral
* entry[suspectedStillbirthAtHome].resource only CdrSuspectedStillbirthAtHome
* entry[deathCircumstances].resource only CdrDeathCircumstances
* entry[fatalEvent].resource only CdrFatalEvent
* entry[modeOfDeath].resource only CdrModeOfDeath
* entry[perinatal].resource only CdrPerinatal
* entry[safeguarding].resource only CdrSafeguarding
* entry[learningDisabilityAutism].resource only CdrLearningDisabilityAutism
* entry[placeOfDeath].resource only CdrPlaceOfDeath
* entry[relatedPerson].resource only CdrRelatedPerson
* entry[careTeam].resource only CdrCareTeam
* entry[professionalRole].resource only CdrNotifierRole
* entry[organization].resource only CdrOrganization
* entry[practitioner].resource only Practitioner

Invariant: cdr-bundle-composition-first
Description: "The first entry of the notification document is its Composition."
Severity: #error
Expression: "entry.first().resource is Composition"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The first entry of the notification is not its Composition: put the Composition first."

Invariant: cdr-bundle-child-consistent
Description: "Every resource of the document whose subject or patient refers to a Patient of the document refers to the same child as Composition.subject."
Severity: #error
Expression: "entry.resource.select(subject | patient).where(reference in %resource.entry.where(resource is Patient).fullUrl).all(reference = %resource.entry.first().resource.subject.reference)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "A resource of the notification refers to another child than the Composition's subject: every subject and patient reference to a Patient must name the one child."

Invariant: cdr-bundle-refs-resolve
Description: "Every reference (Reference.reference) inside the Bundle resolves to the fullUrl of one of its entries."
Severity: #error
Expression: "descendants().ofType(Reference).reference.all($this in %resource.entry.fullUrl)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "A reference inside the Bundle matches the fullUrl of none of its entries: refer to the entries by their fullUrl (e.g. urn:uuid:...)."

Invariant: cdr-bundle-expectedness
Description: "The notification states whether the death was expected or unexpected (an Observation coded cdr-death-detail#expectedness)."
Severity: #error
Expression: "entry.resource.ofType(Observation).where(code.coding.where(system = 'https://cdr-fhir.org.uk/fhir/CodeSystem/cdr-death-detail' and code = 'expectedness').exists()).exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The notification does not say whether the death was expected or unexpected: add an Observation coded cdr-death-detail#expectedness."
