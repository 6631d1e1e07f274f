#!/usr/bin/env python3
"""Helper of bench/cql-comparison.sh (Python 3 standard library only). Subcommands:

  install BASE                     PUT the CQL Library and Measure (bench/cql/measure/) on the CQL server
  copy FROM TOKEN TO FIRST LAST    copy each case of cdr-fhir (FROM, read with TOKEN) to the CQL server (TO) as
                                   plain resources, replicas FIRST to LAST of it (replica 1 keeps the case's id,
                                   prefixed 'c'; replica r adds 'r<r>'): the case's Patient (no meta, no
                                   references) and its EpisodeOfCare (patient, period, status, identifier, and the
                                   stage, routing outcome and responsible area extensions); prints how many cases
  time URL AUTH WARMUP REPEATS BUDGET   GET URL WARMUP times untimed (fewer past BUDGET/2 seconds), then REPEATS
                                   times timed (fewer, at least 3, past BUDGET seconds); prints one JSON line
  counts CQL_REPORT OUR_REPORT SQL_COUNTS   the 'died' group of both reports and the projection's true counts
"""
import base64, io, json, os, statistics, sys, time, urllib.request, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MEASURE_DIR = os.path.join(HERE, "cql", "measure")
CDR = "https://cdr-fhir.org.uk/fhir"
KEPT_EXTENSIONS = {CDR + "/StructureDefinition/responsible-area", CDR + "/StructureDefinition/routing-outcome",
                   CDR + "/StructureDefinition/review-stage"}
KEPT_PATIENT = ("identifier", "name", "gender", "birthDate", "deceasedDateTime", "deceasedBoolean", "address",
                "extension")
JSON = "application/fhir+json"
JAR = os.path.join(HERE, "cql", "target", "cdr-cql-bench.jar")


def request(method, url, body=None, auth=None):
    headers = {"Accept": JSON}
    if body is not None:
        headers["Content-Type"] = JSON
        body = json.dumps(body).encode()
    if auth:
        headers["Authorization"] = auth
    with urllib.request.urlopen(urllib.request.Request(url, body, headers, method=method), timeout=3600) as response:
        return json.loads(response.read() or b"{}")


def library(base, url, name, version, cql):
    request("PUT", f"{base}/Library/{name}", {
        "resourceType": "Library", "id": name, "url": url, "name": name, "version": version, "status": "draft",
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/library-type", "code": "logic-library"}]},
        "content": [{"contentType": "text/cql", "data": base64.b64encode(cql).decode()}]})


def fhir_helpers():
    """FHIRHelpers 4.0.1, the CQL every FHIR library includes, as the CQL translator ships it (info.cqframework:quick)."""
    with zipfile.ZipFile(JAR) as jar:
        quick = next(name for name in jar.namelist() if name.startswith("BOOT-INF/lib/quick-"))
        with zipfile.ZipFile(io.BytesIO(jar.read(quick))) as inner:
            return inner.read("org/hl7/fhir/FHIRHelpers-4.0.1.cql")


def install(base):
    library(base, "http://hl7.org/fhir/Library/FHIRHelpers", "FHIRHelpers", "4.0.1", fhir_helpers())
    library(base, CDR + "/Library/CdrChildDeathsCql", "CdrChildDeathsCql", "1.0.0",
            open(os.path.join(MEASURE_DIR, "CdrChildDeathsCql.cql"), "rb").read())
    measure = json.load(open(os.path.join(MEASURE_DIR, "Measure-cdr-child-deaths-cql.json")))
    request("PUT", f"{base}/Measure/{measure['id']}", measure)


def plain_patient(patient, suffix):
    copy = {"resourceType": "Patient", "id": "c" + patient["id"] + suffix}
    copy.update({k: patient[k] for k in KEPT_PATIENT if k in patient})
    return copy


def plain_case(case, suffix):
    patient_id = case["patient"]["reference"].split("/")[-1]
    copy = {"resourceType": "EpisodeOfCare", "id": "c" + case["id"] + suffix, "status": case["status"],
            "patient": {"reference": "Patient/c" + patient_id + suffix}}
    copy.update({k: case[k] for k in ("identifier", "period") if k in case})
    extensions = [e for e in case.get("extension", []) if e["url"] in KEPT_EXTENSIONS]
    if extensions:
        copy["extension"] = extensions
    return copy


def copy(source, token, target, first, last):
    url = f"{source}/EpisodeOfCare?_include=EpisodeOfCare:patient&_count=200"
    pairs = []
    while url:
        page = request("GET", url, auth="Bearer " + token)
        resources = [e["resource"] for e in page.get("entry", [])]
        patients = {r["id"]: r for r in resources if r["resourceType"] == "Patient"}
        pairs += [(patients[r["patient"]["reference"].split("/")[-1]], r)
                  for r in resources if r["resourceType"] == "EpisodeOfCare"]
        url = next((link["url"] for link in page.get("link", []) if link["relation"] == "next"), None)
    entries = []
    for replica in range(int(first), int(last) + 1):
        suffix = "" if replica == 1 else f"r{replica}"
        for patient, case in pairs:
            for resource in (plain_patient(patient, suffix), plain_case(case, suffix)):
                entries.append({"resource": resource, "request": {"method": "PUT",
                                "url": f"{resource['resourceType']}/{resource['id']}"}})
    for i in range(0, len(entries), 500):
        request("POST", target, {"resourceType": "Bundle", "type": "transaction", "entry": entries[i:i + 500]})
    print(len(pairs) * int(last))


def timed(url, auth, warmup, repeats, budget):
    auth = auth or None
    last, warming = 0, 0
    for _ in range(warmup):
        start = time.perf_counter()
        request("GET", url, auth=auth)
        last = time.perf_counter() - start
        warming += last
        if warming > budget / 2:
            break
    repeats = min(repeats, max(3, int(budget / max(last, 0.001))))
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        request("GET", url, auth=auth)
        times.append(time.perf_counter() - start)
    times.sort()
    print(json.dumps({"n": len(times), "median_ms": round(statistics.median(times) * 1000),
                      "min_ms": round(times[0] * 1000), "max_ms": round(times[-1] * 1000)}))


def died_group(report):
    for group in report["group"]:
        codes = [c.get("code") for c in group.get("code", {}).get("coding", [])] + [group.get("id")]
        if "died" in codes:
            return group
    raise SystemExit("no group 'died' in the report")


def strata(group):
    """{(stratifier, value): count or '*'}, and the total."""
    cells = {}
    for stratifier in group.get("stratifier", []):
        name = stratifier.get("id") or stratifier["code"][0]["coding"][0]["code"]
        for stratum in stratifier.get("stratum", []):
            value = stratum["value"]
            value = value.get("coding", [{}])[0].get("code") or value.get("text")
            population = stratum["population"][0]
            cells[(name, value)] = population.get("count", "*")
    return group["population"][0].get("count", "*"), cells


def counts(cql_file, ours_file, sql_file):
    cql_total, cql = strata(died_group(json.load(open(cql_file))))
    our_total, ours = strata(died_group(json.load(open(ours_file))))
    truth = {}
    for line in open(sql_file):
        name, value, count = line.strip().split("|")
        truth[(name, value)] = int(count)
    true_total = sum(c for (name, _), c in truth.items() if name == "area")
    print(f"{'died in the period':34} {'CQL':>6} {'projection':>10} {'published':>9}")
    print(f"{'total':34} {cql_total:>6} {true_total:>10} {our_total:>9}")
    agree = cql_total == true_total
    compared = {name for name, _ in truth}
    for key in sorted(set(cql) | set(truth) | {k for k, v in ours.items() if v != 0 and k[0] in compared}):
        c, t, p = cql.get(key, 0), truth.get(key, 0), ours.get(key, "-")
        agree &= c == t
        print(f"{key[0] + ' ' + str(key[1]):34} {c:>6} {t:>10} {p:>9}")
    print("CQL and projection agree" if agree else "CQL and projection DISAGREE")
    return 0 if agree else 1


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "install":
        install(*args)
    elif command == "copy":
        copy(*args)
    elif command == "time":
        timed(args[0], args[1], int(args[2]), int(args[3]), float(args[4]))
    elif command == "counts":
        sys.exit(counts(*args))
    else:
        sys.exit(__doc__)
