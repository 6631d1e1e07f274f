Instance: org-rc9
InstanceOf: CdrOrganization
Usage: #example
Title: "Bedfordshire Hospitals NHS Foundation Trust"
Description: "The trust of the Luton & Dunstable (RC971) and Bedford Hospital South Wing (RC979) sites."
* insert OrgRC9
