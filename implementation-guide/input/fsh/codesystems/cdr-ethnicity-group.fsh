CodeSystem: CdrEthnicityGroup
Id: cdr-ethnicity-group
Title: "Ethnicity groups"
Description: "The five broad ethnic groups of the NHS Data Dictionary ethnic category, plus not stated or not known, used to stratify aggregates (small counts make the 16 categories unusable)."
* insert CdrCodeSystem
* #white "White" "Ethnic categories A, B, C."
* #mixed "Mixed or multiple ethnic groups" "Ethnic categories D, E, F, G."
* #asian "Asian or Asian British" "Ethnic categories H, J, K, L."
* #black "Black or Black British" "Ethnic categories M, N, P."
* #other "Other ethnic group" "Ethnic categories R, S."
* #not-known "Not stated or not known" "Ethnic category Z or 99, or none recorded."
