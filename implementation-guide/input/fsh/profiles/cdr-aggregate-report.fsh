Profile: CdrAggregateReport
Parent: MeasureReport
Id: cdr-aggregate-report
Title: "Child death aggregates"
Description: "A summary MeasureReport of the cdr-child-deaths Measure: counts of deaths notified and reviewed in a period, stratified, after small-number disclosure control. A suppressed cell carries the `suppressed` extension and no count."
* status MS
* type = #summary
* type MS
* measure = "https://cdr-fhir.org.uk/fhir/Measure/cdr-child-deaths"
* measure MS
* date MS
* period MS
* reporter MS
* group 1..* MS
* group.code 1..1 MS
* group.code from CdrAggregateCodeVS (required)
* group.population MS
* group.population obeys cdr-suppressed-count
* group.population.extension contains Suppressed named suppressed 0..1 MS
* group.population.count MS
* group.stratifier MS
* group.stratifier obeys cdr-secondary-suppression
* group.stratifier.code 1..1 MS
* group.stratifier.code from CdrAggregateCodeVS (required)
* group.stratifier.stratum MS
* group.stratifier.stratum obeys cdr-suppressed-stratum
* group.stratifier.stratum.extension contains Suppressed named suppressed 0..1 MS
* group.stratifier.stratum.value MS
* group.stratifier.stratum.population MS
* group.stratifier.stratum.population obeys cdr-suppressed-count
* group.stratifier.stratum.population.extension contains Suppressed named suppressed 0..1 MS
* group.stratifier.stratum.population.count MS

Invariant: cdr-suppressed-count
Description: "A suppressed cell (suppressed extension true) has no count; an unsuppressed one has a count."
Severity: #error
Expression: "iif(extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/suppressed').where(value = true).exists(), count.empty(), count.exists())"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The cell is suppressed but has a count, or is not suppressed but has no count."

Invariant: cdr-suppressed-stratum
Description: "In a suppressed stratum every population is suppressed (has no count)."
Severity: #error
Expression: "extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/suppressed').where(value = true).exists() implies population.all(count.empty())"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "The stratum is suppressed but a population of it has a count."

Invariant: cdr-secondary-suppression
Description: "Secondary suppression: a stratifier never has exactly one suppressed cell while the group's total is shown, since that cell could be recovered from the total and the other cells; a second cell (the next smallest) is suppressed with it."
Severity: #error
Expression: "stratum.population.where(extension('https://cdr-fhir.org.uk/fhir/StructureDefinition/suppressed').where(value = true).exists()).count() != 1"
* extension[0].url = "https://cdr-fhir.org.uk/fhir/StructureDefinition/failure-message"
* extension[0].valueString = "Exactly one cell of the stratifier is suppressed: it can be recovered from the group's total and the other cells. Suppress the next smallest cell as well (secondary suppression)."
