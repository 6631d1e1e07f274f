ValueSet: CdrModifiableFactorOutcomeVS
Id: cdr-modifiable-factor-outcome
Title: "Modifiable factors outcome"
Description: "All codes of the cdr-modifiable-factor-outcome code system."
* insert CdrValueSet
* include codes from system CdrModifiableFactorOutcome
