CodeSystem: CdrNhsNumberAbsentReason
Id: cdr-nhs-number-absent-reason
Title: "NCMD's reasons an NHS number is absent"
Description: "NCMD's two reasons a notification gives no NHS number. Senders give UK Core's reason (Extension-UKCore-NHSNumberUnavailableReason); the ConceptMap cdr-nhs-number-unavailable-to-ncmd maps it to these for NCMD."
* insert CdrCodeSystem
* #non-resident-in-england "Child non-resident in England" "The child was not resident in England and has no NHS number."
* #not-currently-available "NHS number not currently available" "The child has, or may have, an NHS number, but the notifier does not have it now."
