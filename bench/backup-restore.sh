#!/usr/bin/env bash
# Backup and restore, tried (prints counts; exits 1 on any difference). A server on a database of its
# own is populated with notifications; while it runs, pg_dump takes a backup (a consistent snapshot);
# the server stops; the backup is restored into a fresh database and a server started on it. Compared:
# the rows per resource type in SQL (all types, the server's own tables too) and, through the FHIR
# API, the counts of the clinical types and one case with its tasks, read before and after.
#
#   bench/backup-restore.sh [populate-seconds]     (default 40)
# The procedure itself is in docs/operations.md. Needs PostgreSQL 15 client tools, python3, the jar.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
populate=${1:-40}
port=${PORT:-8221}
original=cdr_backup_$$
restored=cdr_restored_$$

per_type() { # database: rows per resource type, and the server's own tables
  sql "$1" "select res_type, count(*) from hfj_resource where res_deleted_at is null group by 1
            union all select 'receipts', count(*) from cdr_notification_receipt
            union all select 'case keys', count(*) from cdr_case_key order by 1"
}
through_api() { # port case-id: counts of the clinical types, the case, its tasks
  local auth="Authorization: Bearer $(token "$1" demo-cdr-manager-system demo-manager-secret 'system/*.cruds')"
  for type in Bundle Patient EpisodeOfCare Task Provenance; do
    echo "$type $(curl -sf -H "$auth" "http://127.0.0.1:$1/fhir/$type?_summary=count" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')"
  done
  curl -sf -H "$auth" "http://127.0.0.1:$1/fhir/EpisodeOfCare/$2"; echo
  curl -sf -H "$auth" "http://127.0.0.1:$1/fhir/Task?focus=EpisodeOfCare/$2&_sort=_id" \
    | python3 -c 'import json,sys; print(json.dumps([e["resource"] for e in json.load(sys.stdin).get("entry", [])], sort_keys=True))'
}

server_with_notifications server "$original" "$port"
send_notifications "$work/load.json" --nodes "http://127.0.0.1:$port/fhir" --clients 4 --duration "$populate"
echo "populated: $(cat "$work/load.json")"
case_id=$(sql "$original" "select case_id from cdr_case_key where case_id is not null order by case_number limit 1")
through_api "$port" "$case_id" >"$work/api-before"
started=$(date +%s.%N)
pg_dump -h 127.0.0.1 -U postgres -Fc -f "$work/backup.dump" "$original"
echo "pg_dump: $(du -h "$work/backup.dump" | cut -f1) in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-4) s"
stop_server "$server"
per_type "$original" >"$work/sql-before"

create_database "$restored"
started=$(date +%s.%N)
pg_restore -h 127.0.0.1 -U postgres --no-owner -d "$restored" "$work/backup.dump"
echo "pg_restore: $(echo "$(date +%s.%N) - $started" | bc | cut -c1-4) s"
per_type "$restored" >"$work/sql-after"
start_server server "$restored" "$port"
wait_ready "$server" "$port"
through_api "$port" "$case_id" >"$work/api-after"

echo "rows per resource type (original = restored):"
paste "$work/sql-before" "$work/sql-after" | awk -F'\t' '{printf "  %-22s %7s %7s\n", $1, $2, $4}'
head -n 5 "$work/api-before" | paste - - - - - | sed 's/^/through the API: /'
echo "case EpisodeOfCare/$case_id and its tasks: $(wc -c <"$work/api-before") bytes before, $(wc -c <"$work/api-after") after"
diff "$work/sql-before" "$work/sql-after" && diff "$work/api-before" "$work/api-after" \
  || { echo "FAILED: the restored database differs"; exit 1; }
echo "passed: identical"
