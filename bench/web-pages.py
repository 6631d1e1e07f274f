#!/usr/bin/env python3
"""Web UI page timings. Python 3 standard library only.

Signs in to the web UI as a demo person (OpenID Connect against the embedded identity provider, as a
browser does: redirects, the login form with its CSRF token, back with a code; the session cookie kept),
then fetches each page N times in turn and prints, per page, p50/p95 of the time to the full response
on loopback (the server's time: no network), how many FHIR API calls the page made (counted in the
server's Tomcat access log, which --access-log names, between the page's request and its response) and,
with --server-pid, the server's CPU time per fetch (median; less swayed by a busy machine than the time).

Usage: web-pages.py --site http://127.0.0.1:8211 --user manager --times 50 --access-log DIR [--only dashboard]
       [--out results.jsonl]
"""
import argparse, glob, http.cookiejar, json, os, re, statistics, sys, time, urllib.parse, urllib.request

CSRF = re.compile(r'name="_csrf"[^>]*value="([^"]+)"')
CASE_LINK = re.compile(r'href="/cases/(\d+)"')


def percentile(values, p):
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 1)


def sign_in(opener, site, user):
    login = opener.open(site + "/")
    page = login.read().decode()
    if not login.geturl().endswith("/login"):
        sys.exit("expected the login form, got " + login.geturl())
    token = CSRF.search(page).group(1)
    form = urllib.parse.urlencode({"username": user, "password": "demo", "_csrf": token}).encode()
    landed = opener.open(urllib.request.Request(site + "/login", data=form))
    body = landed.read().decode()
    if user not in body:
        sys.exit("not signed in: " + landed.geturl())


def access_lines(directory):
    """FHIR API requests logged so far (all access log files of the directory)."""
    count = 0
    for path in glob.glob(os.path.join(directory, "*")):
        with open(path, errors="replace") as f:
            count += sum(1 for line in f if " /fhir" in line)
    return count


def cpu_ms(pid):
    """The process's user + system CPU time so far, in ms (Linux /proc)."""
    if not pid:
        return 0.0
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", required=True)
    ap.add_argument("--user", default="manager")
    ap.add_argument("--times", type=int, default=50)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--access-log", required=True, help="the server's Tomcat access log directory")
    ap.add_argument("--server-pid", type=int, help="the server's process id, for its CPU time per fetch")
    ap.add_argument("--out", default="web-pages.jsonl")
    ap.add_argument("--only", help="fetch only the pages whose label starts with this (e.g. dashboard)")
    a = ap.parse_args()

    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    sign_in(opener, a.site, a.user)
    listed = opener.open(a.site + "/cases?sort=oldest").read().decode()
    case_ids = CASE_LINK.findall(listed)
    if not case_ids:
        sys.exit("no case in the list")
    pages = [
        ("dashboard", "/"),
        ("cases", "/cases"),
        ("cases, stage+area, oldest", "/cases?stage=notified&area=E06000032&sort=oldest"),
        ("cases, age band+overdue", "/cases?ageBand=under-28-days&due=overdue"),
        ("cases, unexpected+today, page 3", "/cases?expectedness=unexpected&due=today&page=2"),
        ("case", "/cases/%s"),
        ("tasks", "/tasks"),
        ("tasks, notify-ncmd today", "/tasks?type=notify-ncmd&due=today"),
        ("query", "/query?q=" + urllib.parse.quote("EpisodeOfCare?stage=notified&_count=20")),
    ]
    for label, path in pages:
        if a.only and not label.startswith(a.only):
            continue
        timings, calls, cpu = [], [], []
        for i in range(a.warmup + a.times):
            url = a.site + (path % case_ids[i % len(case_ids)] if "%s" in path else path)
            before = access_lines(a.access_log)
            cpu_before = cpu_ms(a.server_pid)
            start = time.perf_counter()
            response = opener.open(url)
            response.read()
            ms = (time.perf_counter() - start) * 1000
            cpu_used = cpu_ms(a.server_pid) - cpu_before
            if response.status != 200 or response.geturl().endswith("/login"):
                sys.exit("%s: %s %s" % (label, response.status, response.geturl()))
            if i >= a.warmup:
                timings.append(ms)
                calls.append(access_lines(a.access_log) - before)
                cpu.append(cpu_used)
        row = {"page": label, "n": len(timings), "p50": percentile(timings, 50), "p95": percentile(timings, 95),
               "max": round(max(timings), 1), "fhir_calls": statistics.median(calls), "server_cpu_ms": percentile(cpu, 50)}
        print("%-34s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms  FHIR calls %d  server CPU %6.1f ms" % (
            label, row["p50"], row["p95"], row["max"], row["fhir_calls"], row["server_cpu_ms"]), flush=True)
        with open(a.out, "a") as f:
            f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
