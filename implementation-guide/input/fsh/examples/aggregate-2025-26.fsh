Instance: aggregate-2025-26
InstanceOf: CdrAggregateReport
Usage: #example
Title: "Aggregates, financial year 2025/26"
Description: "Child deaths notified and reviewed in 2025/26, after disclosure control: counts rounded to the nearest 5; the area 'unresolved' had 1 to 7 deaths and is suppressed. Every stratifier of the Measure is present; this example fills in the strata of area and expectedness only."
* status = #complete
* type = #summary
* measure = "https://cdr-fhir.org.uk/fhir/Measure/cdr-child-deaths"
* date = "2026-04-15T09:00:00+01:00"
* reporter = Reference(org-qhg)
* period.start = "2025-04-01"
* period.end = "2026-03-31"
* group[0].code = CdrAggregateCode#notified "Deaths notified"
* group[0].population[0].code = $measure-population#initial-population
* group[0].population[0].count = 65
* group[0].stratifier[0].code[0] = CdrAggregateCode#year "Year"
* group[0].stratifier[0].stratum[0].value.text = "2025/26"
* group[0].stratifier[0].stratum[0].population[0].code = $measure-population#initial-population
* group[0].stratifier[0].stratum[0].population[0].count = 65
* group[0].stratifier[1].code[0] = CdrAggregateCode#area "Area"
* group[0].stratifier[1].stratum[0].value = $gss#E06000055 "Bedford"
* group[0].stratifier[1].stratum[0].population[0].code = $measure-population#initial-population
* group[0].stratifier[1].stratum[0].population[0].count = 15
* group[0].stratifier[1].stratum[1].value = $gss#E06000056 "Central Bedfordshire"
* group[0].stratifier[1].stratum[1].population[0].code = $measure-population#initial-population
* group[0].stratifier[1].stratum[1].population[0].count = 20
* group[0].stratifier[1].stratum[2].value = $gss#E06000032 "Luton"
* group[0].stratifier[1].stratum[2].population[0].code = $measure-population#initial-population
* group[0].stratifier[1].stratum[2].population[0].count = 25
* group[0].stratifier[1].stratum[3].value = CdrRoutingOutcome#unresolved "Residence unknown or not resolvable"
* group[0].stratifier[1].stratum[3].population[0].code = $measure-population#initial-population
* group[0].stratifier[1].stratum[3].population[0].extension[suppressed].valueBoolean = true
* group[0].stratifier[6].code[0] = CdrAggregateCode#expectedness "Expected or unexpected"
* group[0].stratifier[6].stratum[0].value = CdrExpectedness#expected "Expected death"
* group[0].stratifier[6].stratum[0].population[0].code = $measure-population#initial-population
* group[0].stratifier[6].stratum[0].population[0].count = 45
* group[0].stratifier[6].stratum[1].value = CdrExpectedness#unexpected "Unexpected death"
* group[0].stratifier[6].stratum[1].population[0].code = $measure-population#initial-population
* group[0].stratifier[6].stratum[1].population[0].count = 20
* group[0].stratifier[2].code[0] = CdrAggregateCode#age-band "Age band"
* group[0].stratifier[3].code[0] = CdrAggregateCode#sex "Sex"
* group[0].stratifier[4].code[0] = CdrAggregateCode#ethnicity-group "Ethnicity group"
* group[0].stratifier[5].code[0] = CdrAggregateCode#category "Category of death"
* group[0].stratifier[7].code[0] = CdrAggregateCode#modifiable-factors "Modifiable factors"
* group[1].code = CdrAggregateCode#reviewed "Deaths reviewed by the panel"
* group[1].population[0].code = $measure-population#initial-population
* group[1].population[0].count = 45
* group[1].stratifier[0].code[0] = CdrAggregateCode#year "Year"
* group[1].stratifier[1].code[0] = CdrAggregateCode#area "Area"
* group[1].stratifier[2].code[0] = CdrAggregateCode#age-band "Age band"
* group[1].stratifier[3].code[0] = CdrAggregateCode#sex "Sex"
* group[1].stratifier[4].code[0] = CdrAggregateCode#ethnicity-group "Ethnicity group"
* group[1].stratifier[5].code[0] = CdrAggregateCode#category "Category of death"
* group[1].stratifier[6].code[0] = CdrAggregateCode#expectedness "Expected or unexpected"
* group[1].stratifier[7].code[0] = CdrAggregateCode#modifiable-factors "Modifiable factors"
