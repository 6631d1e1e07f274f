# Shared by the bench/ scripts (sourced, not run): the packaged server on a database of its own on
# this machine's PostgreSQL (127.0.0.1, port PGPORT or 5432, user postgres, trust auth), demo tokens,
# SQL, and the clean-up on exit (servers this script started stopped, its databases dropped, a
# private cluster dropped, its folder removed).
#
#   source "$(dirname "$0")/lib.sh"        sets: work (a temporary folder), JAR; cd to the repository
#                                          (KEEP_LOGS=folder keeps the servers' logs, KEEP_DATABASES=1 the databases)
#   private_cluster PORT                   a PostgreSQL 15 cluster of this run's own (root), as PGPORT
#   create_database NAME                   dropped on exit unless KEEP_DATABASES=1
#   start_server VAR DB PORT [java args]   PID in $VAR; profiles from BENCH_PROFILES (postgres,dev)
#   wait_ready PID PORT                    until /fhir/metadata answers 200
#   stop_server PID [signal]               TERM by default (graceful), KILL for a crash
#   token PORT CLIENT SECRET SCOPE         a bearer token from a node's embedded authorization server
#                                          (token_command: the command that prints one)
#   sql DB QUERY                           one value or rows, tab-separated
#   server_with_notifications VAR DB PORT [java args]   the above, ready, with documents and $epr
#   send_notifications FILE [faults-load options]    faults-load.py as the demo EPR, its result in FILE
#   load_clean FILE, intake_integrity DB FILE   the checks (below)
#   generate_notifications COUNT           synthetic notification documents into $work/notifications
cd "$(dirname "${BASH_SOURCE[0]}")/.."
JAR=${JAR:-target/cdr-fhir.jar}
work=$(mktemp -d)
bench_pids=()
bench_databases=()
bench_cluster=
export PGPORT=${PGPORT:-5432}

bench_cleanup() {
  for pid in "${bench_pids[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  if [ "${KEEP_DATABASES:-0}" != 1 ]; then
    for db in "${bench_databases[@]}"; do
      psql -q -h 127.0.0.1 -U postgres -c "drop database if exists $db with (force)" postgres >/dev/null 2>&1 || true
    done
  fi
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$work"/*.log "$KEEP_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$work"
  if [ -n "$bench_cluster" ]; then pg_dropcluster --stop 15 "$bench_cluster" || true; fi
}
trap bench_cleanup EXIT

[ -f "$JAR" ] || mvn -o -q -B -DskipTests package

private_cluster() { # port
  bench_cluster=cdr_bench_$$
  pg_createcluster 15 "$bench_cluster" -p "$1" -- --auth=trust >/dev/null
  pg_ctlcluster --skip-systemctl-redirect 15 "$bench_cluster" start
  export PGPORT=$1
}

create_database() {
  bench_databases+=("$1")
  psql -q -h 127.0.0.1 -U postgres -c "create database $1" postgres
}

start_server() { # pid-variable database port [java args...]
  local var=$1 db=$2 port=$3
  shift 3
  # shellcheck disable=SC2046
  SPRING_PROFILES_ACTIVE=${BENCH_PROFILES:-postgres,dev} CDR_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$db" \
    CDR_DB_USER=postgres java $(cat bench/jvm-options) -Dserver.port="$port" \
    -Dcdr.security.embedded-authorization-server.token-lifetime=3h "$@" \
    -jar "$JAR" >>"$work/server-$port.log" 2>&1 &
  printf -v "$var" %s $!
  bench_pids+=($!)
}

wait_ready() { # pid port
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/fhir/metadata")" = 200 ]; do
    kill -0 "$1" 2>/dev/null || { echo "server on port $2 exited; its log:" >&2; tail -n 30 "$work/server-$2.log" >&2; exit 1; }
    sleep 1
  done
}

stop_server() { # pid [signal]
  kill "-${2:-TERM}" "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

token_command() { # port client-id secret scope: a shell command that prints a new token
  printf 'curl -sf -u %q -d grant_type=client_credentials --data-urlencode %q %q | python3 -c %q' "$2:$3" "scope=$4" \
    "http://127.0.0.1:$1/oauth2/token" 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

token() { # port client-id secret scope
  eval "$(token_command "$@")"
}

sql() { # database query
  psql -h 127.0.0.1 -U postgres -At -F $'\t' -c "$2" "$1"
}

generate_notifications() { # count
  java -cp "$JAR" -Dloader.main=uk.org.cdrfhir.synthetic.GenerateNotifications \
    org.springframework.boot.loader.launch.PropertiesLauncher --count "$1" --years 3 --seed 7 \
    --out "$work/notifications" 2>/dev/null | grep -E "^Wrote"
}

# A server on a new database, ready, with notification documents to send and the demo EPR's token in $epr.
server_with_notifications() { # pid-variable database port [java args...]
  create_database "$2"
  generate_notifications 200
  start_server "$@"
  wait_ready "${!1}" "$3"
  epr_token=$(token_command "$3" demo-epr-bedford-hospital demo-epr-secret 'system/Bundle.c system/Bundle.rs')
  epr="Bearer $(eval "$epr_token")"
}

send_notifications() { # result-file [faults-load.py options...]
  python3 bench/faults-load.py --dir "$work/notifications" --auth "$epr" --token-command "$epr_token" "${@:2}" >"$1"
}

# Whether faults-load.py's clients got every notification acknowledged: nothing refused (4xx), no
# 5xx other than 503, nothing given up (prints why not).
load_clean() { # faults-load result file
  python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); sys.exit(0 if r["given_up"] == 0 and r["4xx"] == 0 and r["other_5xx"] == 0 else 1)' "$1" \
    || { echo "FAILED: a notification was refused, answered with a 5xx other than 503, or given up"; return 1; }
}

# Whether what the intake stored is whole (prints the counts; fails on a loss, a double or a part):
# every acknowledged identifier (one a line in the file) has its receipt, stored document and case;
# no document without receipt, receipt without case, case without tasks; no child with two cases,
# no statutory task twice for one case, no case number twice.
intake_integrity() { # database acknowledged-file
  local db=$1
  psql -q -h 127.0.0.1 -U postgres -c "create table if not exists bench_acknowledged (identifier_value varchar(512))" \
    -c "truncate bench_acknowledged" -c "\\copy bench_acknowledged from '$2'" "$db"
  local counts
  counts=$(sql "$db" "
    with live as (select res_id, fhir_id, res_type from hfj_resource where res_deleted_at is null),
    receipts as (select r.* from cdr_notification_receipt r),
    cases as (select res_id, fhir_id from live where res_type = 'EpisodeOfCare'),
    focus as (select l.src_resource_id task, l.target_resource_id case_res from hfj_res_link l where l.src_path = 'Task.focus')
    select
      (select count(*) from bench_acknowledged),
      (select count(*) from bench_acknowledged a join receipts r using (identifier_value)
         join live b on b.res_type = 'Bundle' and b.fhir_id = r.bundle_id
         join cases c on c.fhir_id = r.case_id),
      (select count(*) - count(distinct identifier_value) from bench_acknowledged),
      (select count(*) from live where res_type = 'Bundle'),
      (select count(*) from receipts),
      (select count(*) from cases),
      (select count(*) from live b where b.res_type = 'Bundle' and not exists (select 1 from receipts r where r.bundle_id = b.fhir_id))
        + (select count(*) from receipts r where r.case_id is null or not exists (select 1 from cases c where c.fhir_id = r.case_id))
        + (select count(*) from cases c where not exists (select 1 from focus f where f.case_res = c.res_id)),
      (select count(*) - count(distinct case_id) from cdr_case_key where case_id is not null)
        + (select count(*) from (select f.case_res, t.sp_value from focus f join hfj_spidx_token t on t.res_id = f.task
             and t.sp_name = 'code' group by 1, 2 having count(*) > 1) twice)
        + (select count(*) - count(distinct t.sp_value) from hfj_spidx_token t join cases c on c.res_id = t.res_id
             where t.sp_name = 'identifier')")
  read -r acked stored doubled documents receipts cases partial duplicates <<<"$counts"
  echo "acknowledged $acked (identifiers sent twice: $doubled); stored with receipt, document and case: $stored;" \
    "documents $documents, receipts $receipts, cases $cases; half-stored $partial; duplicates $duplicates"
  [ "$acked" = "$stored" ] && [ "$doubled" = 0 ] && [ "$partial" = 0 ] && [ "$duplicates" = 0 ] \
    && [ "$documents" = "$receipts" ]
}
