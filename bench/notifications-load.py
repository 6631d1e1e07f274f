#!/usr/bin/env python3
"""Load client for the notification intake. Python 3 standard library only.

Posts the synthetic notification documents written by GenerateNotifications (see README, "Synthetic data")
to POST [base]/Bundle with N concurrent clients: a warm-up, then repeats of a fixed duration. Each repeat
prints one JSON line: p50/p95/p99 ms, requests/s, resources/s, errors, the server's RSS and the CPU cores
used by the server, PostgreSQL and this client (they share the machine), and appends it to --out.

Every request gets a fresh Bundle.identifier value and a fresh test-range NHS number, so nothing is a
duplicate; --duplicates posts the files unchanged instead, so after the first pass every request is a
re-sent notification. --plain-transaction posts the same resources as a plain FHIR transaction to [base]
(each entry a POST with a fresh urn:uuid, no meta.profile, no Bundle.identifier): the in-run comparison
with HAPI's ordinary write path.

Usage: notifications-load.py --dir /tmp/notifications --base http://127.0.0.1:8080/fhir --clients N
         --warmup 200 --repeats 3 --duration 60 --server-pid PID --label doc8 [--out results.jsonl]
         [--duplicates | --plain-transaction] [--auth "Bearer ..."] [--once]
"""
import argparse, copy, glob, http.client, json, os, resource, statistics, sys, threading, time, uuid
from urllib.parse import urlparse

NHS_NUMBER = "https://fhir.nhs.uk/Id/nhs-number"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# in the working folder: fresh NHS numbers keep rising across runs, so no run reuses an earlier child's number
COUNTER_FILE = ".notifications-load-counter"
HEADERS = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
OK = (200, 201)
MAX_SAMPLE_ERRORS = 5

_lock = threading.Lock()


class Source:
    """Hands out request bodies, cycling through the documents; thread-safe."""

    def __init__(self, documents, mode, nhs_counter):
        self.documents = documents
        self.mode = mode
        self.next_document = 0
        self.nhs_counter = nhs_counter

    def body(self):
        with _lock:
            document = self.documents[self.next_document % len(self.documents)]
            self.next_document += 1
            nhs = self.fresh_nhs_number() if self.mode != "duplicates" else None
        if self.mode == "duplicates":
            return document["raw"]
        bundle = copy.deepcopy(document["parsed"])
        set_nhs_number(bundle, nhs)
        if self.mode == "plain-transaction":
            bundle = as_plain_transaction(bundle)
        else:
            bundle["identifier"]["value"] = str(uuid.uuid4())
        return json.dumps(bundle).encode()

    def fresh_nhs_number(self):
        """The next 999 test-range number with a valid modulus 11 check digit (called under the lock)."""
        while True:
            self.nhs_counter += 1
            first_nine = "999%06d" % (self.nhs_counter % 1000000)
            total = sum(int(digit) * (10 - i) for i, digit in enumerate(first_nine))
            check = 11 - total % 11
            if check != 10:
                return first_nine + str(0 if check == 11 else check)


def set_nhs_number(bundle, nhs):
    for entry in bundle["entry"]:
        for identifier in entry["resource"].get("identifier", []) if entry["resource"]["resourceType"] == "Patient" else []:
            if identifier.get("system") == NHS_NUMBER:
                identifier["value"] = nhs


def as_plain_transaction(document):
    """The document's resources as a transaction: fresh fullUrls (references rewritten), POST each, no profiles."""
    renamed = {entry["fullUrl"]: "urn:uuid:" + str(uuid.uuid4()) for entry in document["entry"]}
    text = json.dumps(document["entry"])
    for old, new in renamed.items():
        text = text.replace('"%s"' % old, '"%s"' % new)
    entries = json.loads(text)
    for entry in entries:
        entry["resource"].pop("meta", None)
        entry["request"] = {"method": "POST", "url": entry["resource"]["resourceType"]}
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


def worker(target, source, stop_at, limit, counter, results, errors):
    host, port, path = target
    conn = http.client.HTTPConnection(host, port, timeout=120)
    while True:
        if stop_at is not None and time.time() >= stop_at:
            break
        if limit is not None:
            with _lock:
                if counter[0] >= limit:
                    break
                counter[0] += 1
        body = source.body()
        started = time.perf_counter()
        try:
            conn.request("POST", path, body=body, headers=HEADERS)
            response = conn.getresponse()
            data = response.read()
            status = response.status
        except Exception as e:  # noqa: BLE001 - any failure counts as an error and the connection is renewed
            status, data = -1, str(e).encode()
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=120)
        elapsed_ms = (time.perf_counter() - started) * 1000
        with _lock:
            results.append((elapsed_ms, status))
            if status not in OK and len(errors) < MAX_SAMPLE_ERRORS:
                errors.append((status, data[:600]))
    conn.close()


def run_phase(target, source, clients, errors, duration=None, limit=None):
    results, counter = [], [0]
    stop_at = time.time() + duration if duration else None
    threads = [threading.Thread(target=worker, args=(target, source, stop_at, limit, counter, results, errors))
               for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def process_ticks(pid):
    with open("/proc/%d/stat" % pid) as f:
        stat = f.read()
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[11]) + int(fields[12])


def postgres_ticks():
    total = 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open("/proc/%s/stat" % pid) as f:
                    stat = f.read()
                if "(postgres)" in stat[:stat.rindex(")") + 1]:
                    total += process_ticks(int(pid))
            except (OSError, ValueError):
                pass  # the process ended while we read it
    return total


def system_ticks():
    with open("/proc/stat") as f:
        values = [int(x) for x in f.readline().split()[1:]]
    return sum(values), values[3] + values[4]


def rss_mb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024.0
    return None


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    k = (len(values) - 1) * p / 100.0
    low = int(k)
    high = min(low + 1, len(values) - 1)
    return round(values[low] + (values[high] - values[low]) * (k - low), 1)


def load_documents(folder):
    files = sorted(glob.glob(os.path.join(folder, "notification-*.json")))
    if not files:
        sys.exit("no notification-*.json in %s: run GenerateNotifications first (README, Synthetic data)" % folder)
    documents = []
    for name in files:
        with open(name, "rb") as f:
            raw = f.read()
        documents.append({"raw": raw, "parsed": json.loads(raw)})
    return documents


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", default="/tmp/notifications", help="folder of notification-NNNN.json files")
    ap.add_argument("--base", default="http://127.0.0.1:8080/fhir")
    ap.add_argument("--clients", type=int, default=1)
    ap.add_argument("--warmup", type=int, default=200, help="requests before measuring")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--duration", type=float, default=60, help="seconds per repeat")
    ap.add_argument("--server-pid", type=int, help="the server's process id, for its RSS and CPU")
    ap.add_argument("--label", default="run")
    ap.add_argument("--out", default="results.jsonl")
    modes = ap.add_mutually_exclusive_group()
    modes.add_argument("--duplicates", action="store_true", help="post the files unchanged (re-sent notifications)")
    modes.add_argument("--plain-transaction", action="store_true", help="post the resources as a plain transaction")
    ap.add_argument("--auth", help="value of the Authorization header")
    ap.add_argument("--once", action="store_true", help="post one request and print the response")
    a = ap.parse_args()
    if a.clients < 1 or a.repeats < 1 or a.duration <= 0 or a.warmup < 0:
        sys.exit("--clients, --repeats and --duration must be positive, --warmup not negative")

    base = urlparse(a.base)
    if base.scheme != "http" or base.hostname not in LOOPBACK:
        sys.exit("--base must be a plain http URL on this machine (127.0.0.1, localhost or ::1)")
    mode = "duplicates" if a.duplicates else "plain-transaction" if a.plain_transaction else "document"
    base_path = base.path.rstrip("/")
    target = (base.hostname, base.port or 80, base_path if mode == "plain-transaction" else base_path + "/Bundle")
    if a.auth:
        HEADERS["Authorization"] = a.auth

    documents = load_documents(a.dir)
    resources_per_request = statistics.mean(len(d["parsed"]["entry"]) for d in documents)
    try:
        with open(COUNTER_FILE) as f:
            nhs_counter = int(f.read())
    except (OSError, ValueError):
        nhs_counter = 0
    source = Source(documents, mode, nhs_counter)
    errors = []
    try:
        if a.once:
            conn = http.client.HTTPConnection(target[0], target[1], timeout=120)
            conn.request("POST", target[2], body=source.body(), headers=HEADERS)
            response = conn.getresponse()
            print(response.status, response.read()[:3000].decode(errors="replace"))
            return
        results, elapsed = run_phase(target, source, a.clients, errors, limit=a.warmup)
        print("[%s] %s: %d documents; warm-up %d requests in %.1fs, errors=%d" % (
            a.label, mode, len(documents), len(results), elapsed, sum(1 for _, s in results if s not in OK)), flush=True)
        for repeat in range(1, a.repeats + 1):
            usage_before = resource.getrusage(resource.RUSAGE_SELF)
            system_before, idle_before = system_ticks()
            server_before = process_ticks(a.server_pid) if a.server_pid else 0
            postgres_before = postgres_ticks()
            results, elapsed = run_phase(target, source, a.clients, errors, duration=a.duration)
            usage_after = resource.getrusage(resource.RUSAGE_SELF)
            system_after, idle_after = system_ticks()
            server_after = process_ticks(a.server_pid) if a.server_pid else 0
            postgres_after = postgres_ticks()
            hz = os.sysconf("SC_CLK_TCK")
            latencies = [ms for ms, status in results if status in OK]
            client_cpu = (usage_after.ru_utime + usage_after.ru_stime) - (usage_before.ru_utime + usage_before.ru_stime)
            row = {
                "label": a.label, "mode": mode, "clients": a.clients, "rep": repeat, "elapsed_s": round(elapsed, 2),
                "n": len(results), "ok": len(latencies), "errors": len(results) - len(latencies),
                "req_s": round(len(latencies) / elapsed, 2),
                "res_s": round(len(latencies) / elapsed * resources_per_request, 1),
                "p50": percentile(latencies, 50), "p95": percentile(latencies, 95), "p99": percentile(latencies, 99),
                "mean": round(statistics.mean(latencies), 1) if latencies else None,
                "rss_mb": round(rss_mb(a.server_pid)) if a.server_pid else None,
                "sys_busy_pct": round(100.0 * (1 - (idle_after - idle_before) / max(1, system_after - system_before)), 1),
                "java_cores": round((server_after - server_before) / hz / elapsed, 2) if a.server_pid else None,
                "pg_cores": round((postgres_after - postgres_before) / hz / elapsed, 2),
                "client_cores": round(client_cpu / elapsed, 2),
            }
            print(json.dumps(row), flush=True)
            with open(a.out, "a") as f:
                f.write(json.dumps(row) + "\n")
        if errors:
            print("sample errors:", errors[:3])
    finally:
        with open(COUNTER_FILE, "w") as f:
            f.write(str(source.nhs_counter + 10))


if __name__ == "__main__":
    main()
