CodeSystem: CdrTaskType
Id: cdr-task-type
Title: "CDR task types"
Description: "The kinds of work, and of statutory clocks, in a child death review case (Task.code). Due dates are configured per deployment."
* insert CdrCodeSystem
* #designated-doctor-review "Designated doctor review" "Review of the notification by the designated doctor for child deaths of the responsible area."
* #notify-ncmd "Notify NCMD" "Notify the National Child Mortality Database of the death (within 48 hours of the notification)."
* #jar "Joint Agency Response" "Start and run the Joint Agency Response for an unexpected death (at once; JAR meeting within 48 hours to 5 days)."
* #request-reporting-forms "Request reporting forms" "Ask every agency that knew the child to complete a Reporting Form; done when the case is ready for panel."
* #reporting-form "Reporting form" "One agency's Reporting Form (or a supplementary form) for the case: requested from the agency with a due date, done when its answers are attached to the case."
* #cdrm "Child Death Review Meeting" "Arrange and hold the Child Death Review Meeting (aimed within 3 months)."
* #panel-review "Panel review" "Review by the Child Death Overview Panel (aimed within 3 to 6 months)."
* #ncmd-analysis "Send the analysis to NCMD" "Send the panel's completed Analysis Form to the National Child Mortality Database."
* #out-of-area-transfer "Out-of-area transfer" "The child was resident elsewhere in England: pass the case to the home area's child death review partners."
* #triage "Triage" "The child's residence is unknown or could not be resolved: the CDR manager decides who is responsible."
* #ncmd-delivery-failing "NCMD notification failing" "The automatic notification of NCMD has not been acknowledged and its 48-hour deadline is near: the CDR manager checks the connection to NCMD or notifies NCMD another way, then completes the notify-ncmd task."
