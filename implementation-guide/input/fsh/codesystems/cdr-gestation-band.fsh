CodeSystem: CdrGestationBand
Id: cdr-gestation-band
Title: "Gestation bands"
Description: "Gestation at birth in bands (the World Health Organization's preterm categories, and term and post-term), for aggregates of perinatal and neonatal deaths. From the cdr-perinatal observation's gestation at birth."
* insert CdrCodeSystem
* #extremely-preterm "Extremely preterm (under 28 weeks)" "Born before 28 completed weeks of gestation."
* #very-preterm "Very preterm (28 to 31 weeks)" "Born at 28 weeks to under 32 weeks (e.g. at 29 weeks)."
* #moderate-late-preterm "Moderate or late preterm (32 to 36 weeks)" "Born at 32 weeks to under 37 weeks."
* #term "Term (37 to 41 weeks)" "Born at 37 weeks to under 42 weeks."
* #post-term "Post-term (42 weeks or more)" "Born at 42 weeks or later."
* #not-known "Gestation not known" "No gestation at birth was notified (includes every child not notified with perinatal details)."
