Profile: CdrChild
Parent: Patient
Id: cdr-child
Title: "CDR child"
Description: """
The child who died (a person under 18, after a live birth). Derived from base R4, as the UK Core package is not
reachable where this guide is built, and written to conform to UK Core Patient: UK Core's NHS number identifier,
its extensions (ethnic category, NHS number verification status, NHS number unavailable reason) under their UK Core
URLs, with narrower bindings here (England's codes). A sender may also claim UK Core Patient in `meta.profile`.

Residence: the server routes the case from the child's **home address**. A sender that knows the residence sends
a home address (`use = home`) with the **full postcode**, and may state the local authority (`local-authority`
extension, which then wins over the server's postcode lookup). `postalCode` is not mandatory (0..1, Must Support):
when the residence is unknown the sender still sends an address (e.g. `text` "Residence unknown") and the case goes
to the CDR manager for triage; a warning (`cdr-home-address-postcode`) flags a notification without a home postcode.
"""
* obeys cdr-nhs-number-or-reason and cdr-death-after-birth and cdr-death-not-future and cdr-under-18-at-death and cdr-home-address-postcode
* extension contains
    ExtensionUKCoreNHSNumberUnavailableReason named nhsNumberUnavailableReason 0..1 MS and
    ExtensionUKCoreEthnicCategory named ethnicCategory 0..1 MS
* extension[nhsNumberUnavailableReason] ^short = "Why there is no NHS number (UK Core's codes; NCMD's reason by the ConceptMap cdr-nhs-number-unavailable-to-ncmd)"
* extension[nhsNumberUnavailableReason].valueCodeableConcept from CdrNhsNumberUnavailableReasonVS (required)
* extension[ethnicCategory].valueCodeableConcept from CdrEthnicCategoryVS (required)
* identifier MS
// on the identifier, not the Patient, so that an error points at the NHS number itself
* identifier obeys cdr-nhs-number-check-digit
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "Sliced by identifier system"
* identifier contains nhsNumber 0..1 MS
* identifier[nhsNumber] ^short = "The child's NHS number (10 digits, valid modulus 11 check digit)"
* identifier[nhsNumber].system 1..1
* identifier[nhsNumber].system = $nhs-number (exactly)
* identifier[nhsNumber].value 1..1
* identifier[nhsNumber].extension contains ExtensionUKCoreNHSNumberVerificationStatus named nhsNumberVerificationStatus 0..1 MS
* identifier[nhsNumber].extension[nhsNumberVerificationStatus] ^short = "Trace status of the NHS number (e.g. 01 verified; 08 trace postponed, baby under six weeks old)"
* identifier[nhsNumber].extension[nhsNumberVerificationStatus].valueCodeableConcept from CdrNhsNumberVerificationStatusVS (required)
* name 1..* MS
* name ^short = "The child's name (for a baby not yet named, e.g. 'Baby of Jane Marsh')"
* gender 1..1 MS
* birthDate 1..1 MS
* deceased[x] 1..1 MS
* deceased[x] only dateTime
* deceased[x] ^short = "Date and time of death"
* address 1..* MS
* address ^short = "Home address (use = home, with full postcode); if unknown, an address with text only"
* address.use MS
* address.line MS
* address.city MS
* address.postalCode MS
* address.postalCode ^short = "Full postcode of the child's normal residence (drives the routing)"
* address.extension contains LocalAuthority named localAuthority 0..1 MS
* generalPractitioner 0..1 MS
* generalPractitioner only Reference(Organization)
* generalPractitioner ^short = "Registered GP practice (by ODS code: identifier, or a reference to an entry)"

Invariant: cdr-nhs-number-check-digit
Description: "An NHS number is 10 digits with a valid modulus 11 check digit: weights 10 to 2 on the first 9 digits, check digit = 11 - (sum mod 11), 11 becomes 0, 10 is invalid."
Severity: #error
Expression: "system = 'https://fhir.nhs.uk/Id/nhs-number' implies iif(value.matches('^[0-9]{10}$'), ((11 - ((value.substring(0, 1).toInteger() * 10 + value.substring(1, 1).toInteger() * 9 + value.substring(2, 1).toInteger() * 8 + value.substring(3, 1).toInteger() * 7 + value.substring(4, 1).toInteger() * 6 + value.substring(5, 1).toInteger() * 5 + value.substring(6, 1).toInteger() * 4 + value.substring(7, 1).toInteger() * 3 + value.substring(8, 1).toInteger() * 2) mod 11)) mod 11) = value.substring(9, 1).toInteger(), false)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The NHS number is not 10 digits with a valid modulus 11 check digit: check that it was copied correctly."

Invariant: cdr-nhs-number-or-reason
Description: "The child has either an NHS number or the reason it is unavailable (UK Core's Extension-UKCore-NHSNumberUnavailableReason): exactly one of them."
Severity: #error
Expression: "identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').exists() xor extension('https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberUnavailableReason').exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The child has neither an NHS number nor the reason it is absent, or has both: give exactly one: when there is no NHS number, UK Core's extension Extension-UKCore-NHSNumberUnavailableReason (cdr-fhir's earlier nhs-number-absent-reason extension is no longer read)."

Invariant: cdr-death-after-birth
Description: "The date of death is not before the date of birth (compared on the date part; a death on the day of birth is valid)."
Severity: #error
Expression: "(deceased.exists() and birthDate.exists()) implies deceased.toString().substring(0, 10) >= birthDate.toString().substring(0, 10)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The date of death is before the date of birth."

Invariant: cdr-death-not-future
Description: "The date and time of death is not in the future (a date-only value of today is accepted)."
Severity: #error
Expression: "deceased.exists() implies iif(deceased > now(), false, true)"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The date and time of death is in the future."

Invariant: cdr-under-18-at-death
Description: "The child died before their 18th birthday (child death review covers children under 18). Compared on the date of death; with a partial birth date (year or month only) a death in the month or year of the 18th birthday is accepted."
Severity: #error
Expression: "(deceased.exists() and birthDate.exists()) implies iif(birthDate.toString().length() >= 10, deceased.toString().substring(0, 10) < (birthDate + 18 years).toString(), deceased.toString().substring(0, birthDate.toString().length()) <= (birthDate + 18 years).toString())"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The child was 18 or older at death; child death review covers children under 18."

Invariant: cdr-home-address-postcode
Description: "A home address with a full postcode should be given: without it the residence cannot be resolved and the case goes to triage."
Severity: #warning
Expression: "address.where(use = 'home' and postalCode.exists()).exists()"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The child has no home address with a postcode: the residence cannot be resolved and the case goes to the CDR manager for triage. Send the home address (use = home) with its full postcode when it is known."
