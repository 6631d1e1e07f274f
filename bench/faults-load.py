#!/usr/bin/env python3
"""Load client for the fault benchmarks (pg-restart.sh, kill-node.sh, two-nodes.sh, soak.sh).

Posts notification documents (notifications-load.py's Source: a new child and Bundle.identifier each)
the way an EPR is told to in the README: a 503 (Retry-After honoured), another 5xx or a broken
connection means "send the same document again"; a 200/201 is the acknowledgement. Each document
is sent until acknowledged or --give-up seconds have passed, then the client takes the next one.

--nodes lists one or more FHIR bases; with --pairs, each death is sent as two notifications (two
hospitals: different identifiers, one child) at the same moment, one to each of two nodes.
--watch polls a readiness URL every half second and prints its transitions.

Prints one JSON line of counts; --acknowledged writes the identifiers acknowledged, one a line.
"""
import argparse, copy, http.client, importlib.util, json, os, subprocess, threading, time, uuid
from urllib.parse import urlparse

spec = importlib.util.spec_from_file_location("load", os.path.join(os.path.dirname(__file__), "notifications-load.py"))
load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(load)

lock = threading.Lock()
counts = {"sent": 0, "acknowledged": 0, "given_up": 0, "attempts": 0, "503": 0, "other_5xx": 0,
          "connection_errors": 0, "4xx": 0}
acknowledged = []
latencies = []
samples = []  # the first answers of a 5xx other than 503
children = set()  # the children whose deaths were sent in pairs (a document without an NHS number recurs as its child)


def count(key, n=1):
    with lock:
        counts[key] = counts.get(key, 0) + n


class Node:
    def __init__(self, base, auth, token_command=None):
        url = urlparse(base)
        self.host, self.port, self.path = url.hostname, url.port, url.path.rstrip("/") + "/Bundle"
        self.headers = dict(load.HEADERS, Authorization=auth) if auth else load.HEADERS
        self.token_command = token_command
        self.conn = None

    def renew_token(self):
        """A new token after a 401, as an EPR does (a restarted development node signs with a new key)."""
        if not self.token_command:
            return False
        token = subprocess.run(self.token_command, shell=True, capture_output=True, text=True).stdout.strip()
        self.headers = dict(self.headers, Authorization="Bearer " + token)
        return bool(token)

    def post(self, body):
        """(status, retry-after seconds or None); status -1 on a connection error."""
        if self.conn is None:
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        try:
            self.conn.request("POST", self.path, body=body, headers=self.headers)
            response = self.conn.getresponse()
            data = response.read()
            if response.status >= 500 and response.status != 503:
                with lock:
                    samples.append(data[:300].decode(errors="replace"))
            return response.status, response.getheader("Retry-After")
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = None
            return -1, None


def deliver(node, body, identifier, give_up):
    """Send until acknowledged; True when it was."""
    count("sent")
    started = time.time()
    while time.time() - started < give_up:
        count("attempts")
        status, retry_after = node.post(body)
        if status in load.OK:
            with lock:
                counts["acknowledged"] += 1
                acknowledged.append(identifier)
                latencies.append(time.time() - started)
            return True
        if status == 401 and node.renew_token():
            count("token_renewals")
            continue
        if 400 <= status < 500:
            count("4xx")
            return False
        count("connection_errors" if status == -1 else "503" if status == 503 else "other_5xx")
        time.sleep(min(float(retry_after or 1), 5))
    count("given_up")
    return False


def document(source):
    body = json.loads(source.body())
    return body, body["identifier"]["value"]


def child_of(body):
    """The child as the server tells children apart (intake's ChildKey): the NHS number, else name and dates."""
    child = next(e["resource"] for e in body["entry"] if e["resource"]["resourceType"] == "Patient")
    nhs = [i["value"] for i in child.get("identifier", []) if i.get("system") == load.NHS_NUMBER and i.get("value")]
    if nhs:
        return "nhs:" + nhs[0]
    name = (child.get("name") or [{}])[0]
    return "demographics:" + "|".join([name.get("family", ""), " ".join(name.get("given", [])), child.get("birthDate", ""),
                                       str(child.get("deceasedDateTime", ""))[:10]]).lower()


def single(nodes, source, stop_at, give_up, pause):
    node_index = 0
    while time.time() < stop_at:
        body, identifier = document(source)
        deliver(nodes[node_index % len(nodes)], json.dumps(body).encode(), identifier, give_up)
        node_index += 1
        time.sleep(pause)


def pairs(nodes, source, stop_at, give_up, barrier, mine, pair_state):
    """Two threads per pair: the first makes the death, both send their hospital's notification at once."""
    while True:
        if mine == 0:
            pair_state["stop"] = time.time() >= stop_at
            if not pair_state["stop"]:
                first, _ = document(source)
                with lock:
                    children.add(child_of(first))
                second = copy.deepcopy(first)
                second["identifier"]["value"] = str(uuid.uuid4())
                pair_state["bodies"] = [first, second]
        barrier.wait()
        if pair_state["stop"]:
            return
        body = pair_state["bodies"][mine]
        deliver(nodes[mine], json.dumps(body).encode(), body["identifier"]["value"], give_up)
        barrier.wait()


def watch(url, stop, transitions):
    url = urlparse(url)
    last, started = None, time.time()
    while not stop.is_set():
        try:
            conn = http.client.HTTPConnection(url.hostname, url.port, timeout=2)
            conn.request("GET", url.path)
            state = "UP" if conn.getresponse().status == 200 else "DOWN"
            conn.close()
        except (OSError, http.client.HTTPException):
            state = "NO-ANSWER"
        if state != last:
            transitions.append("%s at %.1fs" % (state, time.time() - started))
            last = state
        stop.wait(0.5)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", required=True)
    ap.add_argument("--nodes", nargs="+", required=True, help="FHIR bases")
    ap.add_argument("--auth", help="value of the Authorization header")
    ap.add_argument("--token-command", help="shell command printing a new bearer token, run after a 401")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--give-up", type=float, default=1200, help="seconds one document is retried (a restart on a busy machine takes minutes)")
    ap.add_argument("--pause", type=float, default=0, help="seconds between one client's documents")
    ap.add_argument("--pairs", action="store_true")
    ap.add_argument("--watch", help="readiness URL to poll")
    ap.add_argument("--acknowledged", help="file for the acknowledged identifiers")
    ap.add_argument("--children", help="file for the children sent in pairs, one a line")
    a = ap.parse_args()

    try:
        with open(load.COUNTER_FILE) as f:
            nhs_counter = int(f.read())
    except (OSError, ValueError):
        nhs_counter = 0
    source = load.Source(load.load_documents(a.dir), "document", nhs_counter)
    stop_at = time.time() + a.duration
    stop_watch, transitions = threading.Event(), []
    threads = [threading.Thread(target=watch, args=(a.watch, stop_watch, transitions))] if a.watch else []
    for _ in range(a.clients):
        if a.pairs:
            barrier, state = threading.Barrier(2), {}
            threads += [threading.Thread(target=pairs, args=([Node(b, a.auth, a.token_command) for b in a.nodes[:2]], source, stop_at,
                                                             a.give_up, barrier, mine, state)) for mine in (0, 1)]
        else:
            threads.append(threading.Thread(target=single, args=([Node(b, a.auth, a.token_command) for b in a.nodes], source, stop_at,
                                                                 a.give_up, a.pause)))
    started = time.time()
    for thread in threads:
        thread.start()
    for thread in threads[1 if a.watch else 0:]:
        thread.join()
    elapsed = time.time() - started
    stop_watch.set()
    with open(load.COUNTER_FILE, "w") as f:
        f.write(str(source.nhs_counter + 10))
    if a.children:
        with open(a.children, "w") as f:
            f.write("".join(child + "\n" for child in sorted(children)))
    if a.acknowledged:
        with open(a.acknowledged, "w") as f:
            f.write("".join(identifier + "\n" for identifier in acknowledged))
    counts["seconds"] = round(elapsed, 1)
    counts["acknowledged_per_s"] = round(counts["acknowledged"] / elapsed, 2)
    counts["p50_s"] = load.percentile(latencies, 50)
    counts["readiness"] = transitions
    counts["other_5xx_samples"] = samples[:3]
    print(json.dumps(counts), flush=True)


if __name__ == "__main__":
    main()
