#!/usr/bin/env python3
"""A tiny local receiver for two-nodes.sh: answers every POST 200 and counts them per path, with
the distinct Idempotency-Key headers (the NCMD sender sends one per message). GET /counts answers
{"/path": {"posts": n, "keys": k}, ...}. Writes the port it listens on to --port-file."""
import argparse, json, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
counts = {}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with lock:
            path = counts.setdefault(self.path, {"posts": 0, "keys": set()})
            path["posts"] += 1
            if self.headers.get("Idempotency-Key"):
                path["keys"].add(self.headers["Idempotency-Key"])
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        with lock:
            body = json.dumps({p: {"posts": c["posts"], "keys": len(c["keys"])} for p, c in counts.items()}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ap = argparse.ArgumentParser()
ap.add_argument("--port-file", required=True)
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(ap.parse_args().port_file, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
