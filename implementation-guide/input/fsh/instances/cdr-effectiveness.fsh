RuleSet: EffectivenessGroup(code, description, scoring)
* group[+].code = CdrEffectivenessCode#{code}
* group[=].description = "{description}"
* group[=].extension[0].url = "http://hl7.org/fhir/StructureDefinition/cqf-scoring"
* group[=].extension[0].valueCodeableConcept = $measure-scoring#{scoring}

Instance: cdr-effectiveness
InstanceOf: Measure
Usage: #definition
Title: "Effectiveness of the child death review arrangements"
Description: "How well the arrangements meet their statutory clocks, per period, from the case record, with the same small-number disclosure control as cdr-child-deaths."
* url = "https://cdr-fhir.org.uk/fhir/Measure/cdr-effectiveness"
* version = "0.1.0"
* name = "CdrEffectiveness"
* title = "Effectiveness of the child death review arrangements"
* status = #active
* experimental = false
* publisher = "cdr-fhir"
* description = """
Measures of the arrangements' effectiveness for the statutory annual report, computed by the server from the case
record for a calendar month or a financial year. Counts (initial population, denominator, numerator) pass the same
disclosure control as cdr-child-deaths (1 to 7 suppressed, others rounded to 5; a numerator is suppressed with
its complement, the cases that missed the clock, when either is 1 to 7). A share (measureScore) is computed from the
published counts and is absent when one of them is suppressed; a median or percentile is absent when its
population is suppressed. Working days are Monday to Friday (bank holidays are not yet taken off).
"""
* scoring = $measure-scoring#proportion
* insert EffectivenessGroup(death-to-notification-median, Days from death to first notification\, median\, cases notified in the period, continuous-variable)
* insert EffectivenessGroup(death-to-notification-p90, Days from death to first notification\, 90th percentile\, cases notified in the period, continuous-variable)
* insert EffectivenessGroup(ncmd-within-48-hours, Cases notified in the period whose NCMD notification was acknowledged or completed by hand within 48 hours of the first notification being received, proportion)
* insert EffectivenessGroup(jar-within-5-working-days, JARs ended in the period within 5 working days of the death, proportion)
* insert EffectivenessGroup(cdrm-within-3-months, CDRMs held in the period within 3 months of the death, proportion)
* insert EffectivenessGroup(panel-within-6-months, Panel reviews completed in the period within 6 months of the death, proportion)
* insert EffectivenessGroup(modifiable-factors-identified, Panel reviews completed in the period that identified modifiable factors, proportion)
* insert EffectivenessGroup(open-cases, Cases open at the end of the period by age of case, cohort)
* group[7].stratifier[0].code = CdrEffectivenessCode#case-age
* group[7].stratifier[0].criteria.language = #text/plain
* group[7].stratifier[0].criteria.expression = "Time from the first notification to the end of the period"
