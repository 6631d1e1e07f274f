#!/usr/bin/env bash
# Runs one demo case from notified to closed through the FHIR API, as the CDR Manager's system,
# printing each step's answer (README, "Running a case and a panel meeting"). Needs a server with
# the demo data (CDR_DEMO=true mvn spring-boot:run), curl and jq; run from the repository root.
#   docs/examples/run-a-case.sh [base-url]
set -euo pipefail
BASE=${1:-http://localhost:8080}
EXAMPLES=profiles/package/example
F=https://cdr-fhir.org.uk/fhir/Questionnaire
MANAGER=$(curl -sf -u demo-cdr-manager-system:demo-manager-secret -d grant_type=client_credentials \
  --data-urlencode 'scope=system/*.cruds' "$BASE/oauth2/token" | jq -r .access_token)
H=(-H "Authorization: Bearer $MANAGER" -H 'Content-Type: application/fhir+json')

# an unexpected death whose Joint Agency Response has not started
CASE=$(curl -s "${H[@]}" "$BASE/fhir/Task?code=jar&status=requested&_count=1" | jq -r '.entry[0].resource.focus.reference')
echo "case: $CASE"

stage() { # move the case to a stage: prints the new stage, or the 409's reason
  echo "stage $1: $(curl -s "${H[@]}" -X POST "$BASE/fhir/$CASE/\$advance-stage" \
    -d '{"resourceType":"Parameters","parameter":[{"name":"stage","valueCode":"'"$1"'"}]}' \
    | jq -c '.extension[0].valueCoding.code // [.issue[].diagnostics]')"
}
done_task() { # complete the case's open task of a code
  local task
  task=$(curl -s "${H[@]}" "$BASE/fhir/Task?focus=$CASE&code=$1&status=requested,in-progress" \
    | jq '.entry[0].resource | .status = "completed"')
  echo "task $1: $(curl -s "${H[@]}" -X PUT "$BASE/fhir/Task/$(jq -r .id <<<"$task")" -d "$task" | jq -r .status)"
}
post() { # create a record from stdin: prints its id, or the OperationOutcome's errors
  curl -s "${H[@]}" -X POST "$BASE/fhir/$1" --data-binary @- | jq -r '.id // ([.issue[].diagnostics] | tostring)'
}

stage jar
stage information-gathering            # refused: NCMD not yet notified
done_task notify-ncmd
done_task jar
stage information-gathering
echo "police form requested: $(curl -s "${H[@]}" -X POST "$BASE/fhir/$CASE/\$request-reports" \
  -d '{"resourceType":"Parameters","parameter":[{"name":"form","valueCanonical":"'$F'/cdr-reporting-form-police"},
       {"name":"due","valueDate":"'"$(date -d '+14 days' +%F)"'"}]}' | jq -c '[.entry[].resource.id]')"
stage ready-for-panel                  # refused: the police form is awaited

# the police answer, naming the Task that asked for it, completes that Task
REQUEST=$(curl -s "${H[@]}" "$BASE/fhir/Task?focus=$CASE&code=reporting-form&status=requested" | jq -r '.entry[0].resource.id')
echo "police answer: $(jq --arg case "$CASE" --arg task "Task/$REQUEST" \
  'del(.id) | .subject.reference = $case | .extension[0].valueReference.reference = $task' \
  $EXAMPLES/QuestionnaireResponse-reporting-form-cdr-2026-0004-police.json | post QuestionnaireResponse)"
stage ready-for-panel

# a panel meeting with the case on its agenda (the server's own roles as participants)
MEETING=$(jq --arg case "$CASE" 'del(.id) | .status = "booked" | .supportingInformation = [{"reference": $case}]
  | .participant = [{"actor": {"reference": "PractitionerRole/cdr-manager"}, "status": "accepted"}]
  | .start = (now | strftime("%Y-%m-%dT10:00:00Z")) | .end = (now | strftime("%Y-%m-%dT13:00:00Z"))' \
  $EXAMPLES/Appointment-panel-meeting-2026-06.json | post Appointment)
echo "meeting: Appointment/$MEETING"

# the Analysis Form, completed at the panel; its coded answers become the case's Observations
ANALYSIS=$(jq --arg case "$CASE" 'del(.id) | .subject.reference = $case | .author.reference = "PractitionerRole/cdr-manager"' \
  $EXAMPLES/QuestionnaireResponse-analysis-cdr-2026-0007.json | post QuestionnaireResponse)
echo "analysis: QuestionnaireResponse/$ANALYSIS"
echo "observations: $(curl -s "${H[@]}" "$BASE/fhir/Observation?focus=$CASE" | jq -c '[.entry[]?.resource.code.coding[0].code]')"
echo "outcome: $(curl -s "${H[@]}" -X POST "$BASE/fhir/Appointment/$MEETING/\$record-outcome" -d '{"resourceType":"Parameters",
  "parameter":[{"name":"case","valueReference":{"reference":"'"$CASE"'"}},
  {"name":"analysis","valueReference":{"reference":"QuestionnaireResponse/'"$ANALYSIS"'"}}]}' \
  | jq -c '.extension[0].valueCoding.code // [.issue[].diagnostics]')"
stage closed                           # refused: tasks still open
done_task designated-doctor-review
done_task ncmd-analysis
stage closed
