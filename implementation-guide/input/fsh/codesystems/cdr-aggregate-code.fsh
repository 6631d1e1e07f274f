CodeSystem: CdrAggregateCode
Id: cdr-aggregate-code
Title: "Aggregate groups and stratifiers"
Description: "Codes of the groups and stratifiers of the cdr-child-deaths Measure and of its MeasureReports."
* insert CdrCodeSystem
* #notified "Deaths notified" "Child deaths notified in the period (by date of notification)."
* #reviewed "Deaths reviewed by the panel" "Child deaths whose review the panel completed in the period."
* #year "Year" "The financial year (April to March) of the notification or review, e.g. 2025/26."
* #area "Area" "The responsible local authority (GSS code), or unresolved."
* #age-band "Age band" "The child's age band at death (cdr-age-band)."
* #sex "Sex" "The child's administrative gender."
* #ethnicity-group "Ethnicity group" "The child's ethnic group (cdr-ethnicity-group)."
* #category "Category of death" "The panel's category of death (reviewed deaths only)."
* #expectedness "Expected or unexpected" "Whether the death was expected or unexpected."
* #modifiable-factors "Modifiable factors" "The panel's modifiable factors outcome (reviewed deaths only)."
