CodeSystem: CdrModeOfDeathCodes
Id: cdr-mode-of-death
Title: "Mode of death"
Description: "How the child came to die, as distinct from the cause: cdr-fhir's own codes for the notification's mode-of-death question."
* insert CdrCodeSystem
* #found-dead "Found dead" "The child was found dead (e.g. in bed, at home); no resuscitation was attempted or it was not possible."
* #failed-resuscitation "Collapse and failed resuscitation" "The child collapsed and resuscitation was attempted but failed."
* #withdrawal-of-treatment "Withdrawal of life-sustaining treatment" "Life-sustaining treatment was withdrawn."
* #limitation-of-treatment "Limitation of treatment or palliative care" "Treatment was limited, or the child received palliative or end-of-life care, and died."
* #brain-stem-death "Death confirmed by brain-stem criteria" "Death was confirmed by neurological (brain-stem) criteria."
* #died-despite-treatment "Died despite full treatment" "The child died while receiving full active treatment, without a collapse from apparent health."
* #unknown "Not known" "The notifier does not know."
