CodeSystem: CdrNhsNumberAbsentReason
Id: cdr-nhs-number-absent-reason
Title: "Reasons an NHS number is absent"
Description: "Why a notification gives no NHS number for the child (the two reasons of the NCMD notification form)."
* insert CdrCodeSystem
* #non-resident-in-england "Child non-resident in England" "The child was not resident in England and has no NHS number."
* #not-currently-available "NHS number not currently available" "The child has, or may have, an NHS number, but the notifier does not have it now."
