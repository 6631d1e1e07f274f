CodeSystem: CdrEffectivenessCode
Id: cdr-effectiveness-code
Title: "Effectiveness measures"
Description: "Codes of the groups and stratifiers of the cdr-effectiveness Measure: how well the child death review arrangements meet their statutory clocks, from the case record."
* insert CdrCodeSystem
* #death-to-notification-median "Death to notification, median" "Days from the date of death to the case's first notification, median, over the cases notified in the period."
* #death-to-notification-p90 "Death to notification, 90th percentile" "Days from the date of death to the case's first notification, 90th percentile, over the cases notified in the period."
* #ncmd-within-48-hours "NCMD notified within 48 hours" "Share of the cases notified in the period (day of the first notification) that the National Child Mortality Database was notified of within 48 hours of the first notification being received (NCMD's acknowledgement, or the notify-ncmd task completed by hand); a case NCMD has not been notified of yet counts among the cases only."
* #jar-within-5-working-days "JAR within 5 working days" "Share of the Joint Agency Responses ended in the period that ended within 5 working days (Monday to Friday) of the death."
* #cdrm-within-3-months "CDRM within 3 months" "Share of the Child Death Review Meetings held in the period that were held within 3 months of the death."
* #panel-within-6-months "Panel within 6 months" "Share of the panel reviews completed in the period that were completed within 6 months of the death."
* #modifiable-factors-identified "Modifiable factors identified" "Share of the panel reviews completed in the period that identified modifiable factors."
* #open-cases "Open cases" "Cases open at the end of the period (notified by then, not closed by then)."
* #case-age "Age of case" "Time from the first notification to the end of the period: under 3 months, 3 to 6 months, 6 to 12 months, 12 months or more."
* #under-3-months "Under 3 months" "Notified less than 3 months before the end of the period."
* #3-to-6-months "3 to 6 months" "Notified 3 to 6 months before the end of the period."
* #6-to-12-months "6 to 12 months" "Notified 6 to 12 months before the end of the period."
* #12-months-or-more "12 months or more" "Notified 12 months or more before the end of the period."
