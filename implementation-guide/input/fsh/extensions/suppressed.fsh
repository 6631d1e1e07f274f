Extension: Suppressed
Id: suppressed
Title: "Suppressed by disclosure control"
Description: "True when the count of this cell was suppressed by small-number disclosure control (primary: a count of 1 to 7 by default; or secondary: hidden so that another suppressed cell cannot be recovered from totals). A suppressed cell carries no count."
* ^context[0].type = #element
* ^context[0].expression = "MeasureReport.group.population"
* ^context[1].type = #element
* ^context[1].expression = "MeasureReport.group.stratifier.stratum"
* ^context[2].type = #element
* ^context[2].expression = "MeasureReport.group.stratifier.stratum.population"
* value[x] 1..1
* value[x] only boolean
