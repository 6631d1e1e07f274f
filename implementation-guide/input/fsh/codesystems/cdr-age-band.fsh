CodeSystem: CdrAgeBand
Id: cdr-age-band
Title: "Age bands at death"
Description: "Age bands of a child at death, for aggregates and anonymised panel summaries (the bands of NHS Digital's child death review statistics)."
* insert CdrCodeSystem
* #under-28-days "Under 28 days" "Neonatal: died before 28 days of age."
* #28-to-364-days "28 to 364 days" "Post-neonatal infant: died at 28 days or older, before the first birthday."
* #1-to-4-years "1 to 4 years" "Died between the first and the fifth birthday."
* #5-to-9-years "5 to 9 years" "Died between the fifth and the tenth birthday."
* #10-to-14-years "10 to 14 years" "Died between the tenth and the fifteenth birthday."
* #15-to-17-years "15 to 17 years" "Died between the fifteenth and the eighteenth birthday."
