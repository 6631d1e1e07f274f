CodeSystem: CdrRoutingOutcome
Id: cdr-routing-outcome
Title: "Routing outcomes"
Description: "How the server routed a case from the child's normal residence (the routing rule of the deployment)."
* insert CdrCodeSystem
* #in-area "Resident in the footprint" "The child was normally resident in an area of this partnership: the case goes to that area's designated doctor."
* #out-of-area "Resident elsewhere in England" "The child was resident elsewhere in England: the CDR manager passes the case to the home area's partners; the local panel may still review it."
* #unresolved "Residence unknown or not resolvable" "The residence is unknown, or its postcode could not be resolved to a local authority: the CDR manager triages the case. The server never guesses."
* #non-resident-in-england "Not resident in England" "The child was not resident in England: the CDR manager triages the case."
