Instance: child-isla-marsh
InstanceOf: CdrChild
Usage: #example
Title: "Child: Isla Marsh (stored)"
Description: "The child of notification-expected-neonatal as stored by the server once the notification was unpacked (fictional; test-range NHS number)."
* insert ChildIslaMarsh
