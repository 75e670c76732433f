#!/usr/bin/env python3
"""Times one conversation on a big file through a running `vern serve`, step by step.

Called by bench/server-bench.sh (which starts the server and builds the table); usable alone:

  python3 bench/server_bench.py --url http://127.0.0.1:PORT --key KEY --pid PID FILE.csv

Steps: upload (mint + PUT), generate until the preview is ready (answering any question with its
first option), update ("Trim all fields"), clarify, execute, export (plain, then gzip); with
--generate-only, upload and generate. Prints one JSON object: seconds per step, export sizes, and
the server's peak RSS (VmHWM) after each step.
"""
import argparse
import json
import os
import sys
import time
import urllib.request


def log(*args):
    print("  ·", *args, file=sys.stderr, flush=True)


class API:
    def __init__(self, url, key):
        self.base = url.rstrip("/") + "/api/v1"
        self.key = key

    def call(self, method, path, body=None, headers=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("x-api-key", self.key)
        if data is not None:
            request.add_header("content-type", "application/json")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        with urllib.request.urlopen(request, timeout=600) as response:
            return json.loads(response.read() or b"null")

    def run(self, migration, kind, message=None):
        """Starts a run and polls it to a resting state, answering questions with option 1."""
        body = {"kind": kind}
        if message:
            body["message"] = message
        run_id = self.call("POST", f"/migrations/{migration}/runs", body)["run_id"]
        while True:
            run = self.call("GET", f"/migrations/{migration}/runs/{run_id}")
            status = run["status"]
            if status == "blocked":
                answers = [{"id": q["id"], "value": (q.get("options") or [{"label": "none"}])[0]["label"]}
                           for q in run.get("questions") or []]
                self.call("POST", f"/migrations/{migration}/runs/{run_id}/messages", {"answers": answers})
                continue
            if status in ("awaiting_approval", "completed"):
                return run
            if status in ("failed", "canceled"):
                raise SystemExit(f"{kind} run {status}: {run.get('error')}")
            time.sleep(0.02)


def peak_rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--pid", type=int, required=True, help="the server's pid, for its peak RSS")
    parser.add_argument("--generate-only", action="store_true", help="stop after generate")
    parser.add_argument("file")
    args = parser.parse_args()
    api = API(args.url, args.key)
    result = {"seconds": {}, "peak_rss_mib": {}}

    def step(name, action):
        start = time.monotonic()
        value = action()
        result["seconds"][name] = time.monotonic() - start
        result["peak_rss_mib"][name] = peak_rss_mib(args.pid)
        log(f"{name}: {result['seconds'][name]:.2f} s, server peak RSS {result['peak_rss_mib'][name]:.1f} MiB")
        return value

    migration = api.call("POST", "/migrations", {"name": "Bench", "templates": ["contacts"]})["migration"]["id"]
    name = os.path.basename(args.file)

    def upload():
        signed = api.call("POST", f"/migrations/{migration}/files",
                          {"files": [{"name": name, "content_type": "text/csv"}]})["files"][0]
        size = os.path.getsize(args.file)
        with open(args.file, "rb") as body:
            request = urllib.request.Request(signed["signed_url"], data=body, method="PUT")
            request.add_header("content-type", "text/csv")
            request.add_header("content-length", str(size))
            with urllib.request.urlopen(request, timeout=600) as response:
                response.read()

    step("upload", upload)
    step("generate", lambda: api.run(migration, "generate"))
    if args.generate_only:
        print(json.dumps(result))
        return
    step("update", lambda: api.run(migration, "update", "Trim all fields"))
    step("clarify", lambda: api.run(migration, "clarify", "How many rows are invalid?"))
    step("execute", lambda: api.run(migration, "execute"))

    def export(gzip):
        request = urllib.request.Request(f"{api.base}/migrations/{migration}/exports/contacts.csv")
        request.add_header("x-api-key", api.key)
        if gzip:
            request.add_header("accept-encoding", "gzip")
        total = 0
        with urllib.request.urlopen(request, timeout=600) as response:
            while chunk := response.read(1 << 20):
                total += len(chunk)
        return total

    for gzip in (False, True):
        key = "export_gzip" if gzip else "export"
        result[key + "_bytes"] = step(key, lambda: export(gzip))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
