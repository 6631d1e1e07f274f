CodeSystem: CdrImdDecile
Id: cdr-imd-decile
Title: "Index of Multiple Deprivation deciles"
Description: "The English Index of Multiple Deprivation decile of a lower-layer super output area (LSOA): 1 the most deprived tenth of LSOAs in England, 10 the least deprived. The LSOA of a postcode comes from the ONS Postcode Directory (ONSPD); not-known where the postcode is missing, unresolved or outside England."
* insert CdrCodeSystem
* #1 "1 (most deprived)" "The most deprived 10% of LSOAs in England."
* #2 "2" "Deprivation decile 2."
* #3 "3" "Deprivation decile 3."
* #4 "4" "Deprivation decile 4."
* #5 "5" "Deprivation decile 5."
* #6 "6" "Deprivation decile 6."
* #7 "7" "Deprivation decile 7."
* #8 "8" "Deprivation decile 8."
* #9 "9" "Deprivation decile 9."
* #10 "10 (least deprived)" "The least deprived 10% of LSOAs in England."
* #not-known "Not known" "No LSOA: the home postcode is missing, unresolved or outside England."
