CodeSystem: CdrPostMortemStatus
Id: cdr-post-mortem-status
Title: "Post-mortem status"
Description: "Whether a post-mortem examination is required, arranged or not required, as the notification form asks, with unknown and not yet decided."
* insert CdrCodeSystem
* #arranged "Arranged" "A post-mortem examination has been arranged (or has taken place)."
* #required "Required, not yet arranged" "A post-mortem examination is required but not yet arranged."
* #not-required "Not required" "No post-mortem examination is required."
* #unknown "Not known" "The notifier does not know."
* #not-yet-decided "Not yet decided" "Whether a post-mortem examination is required has not been decided yet (e.g. the coroner has not decided)."
