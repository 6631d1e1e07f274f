RuleSet: Stratifier(code, description)
* stratifier[+].code = CdrAggregateCode#{code}
* stratifier[=].description = "{description}"
* stratifier[=].criteria.language = #text/plain
* stratifier[=].criteria.expression = "{description}"

RuleSet: AllStratifiers
* insert Stratifier(area, Responsible local authority (GSS code of the case's responsible-area\)\, or not resident in England\, or unresolved)
* insert Stratifier(age-band, Age band at death (cdr-age-band\) from birth date and date of death)
* insert Stratifier(sex, Administrative gender of the child)
* insert Stratifier(ethnicity-group, Ethnic group (cdr-ethnicity-group\) from the child's ethnic category)
* insert Stratifier(place-of-death, Kind of place of death (cdr-place-of-death-type of the cdr-place-of-death\))
* insert Stratifier(gestation-band, Gestation band (cdr-gestation-band\) from the cdr-perinatal gestation at birth of the first notification that gives it; not-known when none does)
* insert Stratifier(jar, Joint Agency Response started (cdr-jar-started observation\, or a JAR task\))
* insert Stratifier(sudi, Sudden unexpected death in infancy: an unexpected death under 1 year of age)
* insert Stratifier(category, Category of death decided by the panel (cdr-category-of-death observation\)\, reviewed deaths only)
* insert Stratifier(expectedness, Expected or unexpected death (cdr-death-expectedness observation\))
* insert Stratifier(modifiable-factors, Modifiable factors outcome (cdr-modifiable-factors observation\)\, reviewed deaths only)
* insert Stratifier(time-to-review, Time from the date of death to the day the panel completed the review (cdr-time-to-review\)\, reviewed deaths only)

Instance: cdr-child-deaths
InstanceOf: Measure
Usage: #definition
Title: "Child deaths notified and reviewed"
Description: "Counts of child deaths notified and reviewed by the panel in a period, stratified, with small-number suppression."
* url = "https://cdr-fhir.org.uk/fhir/Measure/cdr-child-deaths"
* version = "0.3.0"
* name = "CdrChildDeaths"
* title = "Child deaths notified and reviewed"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = """
Counts of child deaths (children under 18 after a live birth) **notified** to the child death review partners in
the period (by date of notification), who **died** in the period (by date of death), and **reviewed** by the Child
Death Overview Panel in the period (by date the panel completed the review), each stratified by area (children
not resident in England apart), age band, sex, ethnicity group, place of death, gestation band, JAR, SUDI, category
of death, expected/unexpected, modifiable factors and time to review. One case counts once, however many
notifications it received.

The server computes the counts itself (the criteria are plain-text descriptions). Before any count leaves the
server it applies small-number disclosure control, configurable per deployment; the defaults follow NHS England's
rule for published statistics below national level:

- primary suppression: a count of 1 to 7 is not shown: the cell carries the `suppressed` extension (true) and no
  `count`;
- other counts are rounded to the nearest 5 (0 is shown as 0);
- secondary suppression: where a single suppressed cell in a stratifier could be recovered from the group's total
  and the other cells, the next smallest cell is suppressed as well.
"""
* scoring = $measure-scoring#cohort
* group[0].code = CdrAggregateCode#notified
* group[0].description = "Child deaths notified in the period (one per case, by date of notification)."
* group[0].population[0].code = $measure-population#initial-population
* group[0].population[0].description = "Cases whose first notification was received in the period."
* group[0].population[0].criteria.language = #text/plain
* group[0].population[0].criteria.expression = "Cases (EpisodeOfCare cdr-case) whose period.start is in the measurement period."
* group[0] insert AllStratifiers
* group[1].code = CdrAggregateCode#reviewed
* group[1].description = "Child deaths whose review the panel completed in the period."
* group[1].population[0].code = $measure-population#initial-population
* group[1].population[0].description = "Cases that reached the stage reviewed-by-panel in the period."
* group[1].population[0].criteria.language = #text/plain
* group[1].population[0].criteria.expression = "Cases (EpisodeOfCare cdr-case) whose panel review (Task panel-review completed, or Analysis Form response completed) falls in the measurement period."
* group[1] insert AllStratifiers
* group[2].code = CdrAggregateCode#died
* group[2].description = "Child deaths that happened in the period (one per case, by date of death)."
* group[2].population[0].code = $measure-population#initial-population
* group[2].population[0].description = "Cases whose child's date of death is in the period."
* group[2].population[0].criteria.language = #text/plain
* group[2].population[0].criteria.expression = "Cases (EpisodeOfCare cdr-case) whose child (cdr-child) has a deceasedDateTime in the measurement period."
* group[2] insert AllStratifiers
