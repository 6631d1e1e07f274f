ValueSet: CdrGestationBandVS
Id: cdr-gestation-band
Title: "Gestation bands"
Description: "All codes of the cdr-gestation-band code system."
* insert CdrValueSet
* include codes from system CdrGestationBand
