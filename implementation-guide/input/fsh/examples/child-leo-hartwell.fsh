Instance: child-leo-hartwell
InstanceOf: CdrChild
Usage: #example
Title: "Child: Leo Hartwell (stored)"
Description: "The child of notification-unexpected-home as stored by the server (fictional; test-range NHS number; local authority stated on the address)."
* insert ChildLeoHartwell
