CodeSystem: CdrModifiableFactorOutcome
Id: cdr-modifiable-factor-outcome
Title: "Modifiable factors outcome"
Description: "The panel's conclusion on whether there were modifiable factors in a death (the three outcomes NHS Digital's child death review statistics report)."
* insert CdrCodeSystem
* #identified "Modifiable factors identified" "The panel identified one or more factors which, by means of a locally or nationally achievable intervention, could be modified to reduce the risk of future child deaths."
* #not-identified "No modifiable factors identified" "The panel identified no modifiable factors."
* #insufficient-information "Insufficient information" "There was insufficient information for the panel to decide whether there were modifiable factors."
