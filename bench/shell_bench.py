#!/usr/bin/env python3
"""Figures for the `vern` shell, measured from outside through a pseudo-terminal.

Called by bench/shell-bench.sh; every figure is printed as a Markdown table row on stdout,
progress goes to stderr. Each subcommand is one figure:

  startup   time from spawn to the first prompt (embedded server; steady state and first-ever)
  idle      CPU of the vern process while it sits at the prompt
  run       a slow run against `vern serve` through a counting proxy: CPU while waiting,
            requests per endpoint per minute, and the delay from each progress event's
            `created_at` to the moment its text appears on the terminal
  embedded  CPU while waiting on a slow run with the embedded server (shell + server in one process)

Everything runs under a throw-away XDG_STATE_HOME / XDG_CONFIG_HOME, so the user's history,
configuration and embedded data are never touched.
"""
import argparse
import json
import os
import re
import selectors
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import datetime

import pexpect

# The main prompt, or the answer prompt of a run blocked on a question (the demo's generate asks one).
PROMPT = re.compile(rb"vern:[^\r\n]*\[(update|ask|clarify)\]> |answer> ")
STEP = re.compile(rb"step (\d+) of (\d+)")
CLK_TCK = os.sysconf("SC_CLK_TCK")


def log(*args):
    print("  ·", *args, file=sys.stderr, flush=True)


def cpu_seconds(pid):
    """utime + stime of `pid` (all threads), in seconds."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def make_env(home, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERN_")}
    env.update(
        XDG_STATE_HOME=os.path.join(home, "state"),
        XDG_CONFIG_HOME=os.path.join(home, "config"),
        TERM="xterm-256color",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    env.pop("NO_COLOR", None)
    env.update(extra)
    return env


def spawn(vern, args, env):
    return pexpect.spawn(vern, args, env=env, dimensions=(40, 140), timeout=120)


def quit_shell(child):
    for _ in range(3):
        child.sendcontrol("d")
        try:
            child.expect(pexpect.EOF, timeout=3)
            break
        except pexpect.TIMEOUT:
            child.sendline("y")
    else:
        child.terminate(force=True)
    child.close()


def drain(child, seconds, on_chunk=None):
    """Reads whatever the shell prints for `seconds`, calling on_chunk(mono, bytes)."""
    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0:
            return
        try:
            data = child.read_nonblocking(65536, timeout=min(left, 0.5))
        except pexpect.TIMEOUT:
            continue
        except pexpect.EOF:
            return
        if on_chunk:
            on_chunk(time.monotonic(), data)


def row(*cells):
    print("| " + " | ".join(str(c) for c in cells) + " |", flush=True)


# ---------------------------------------------------------------- startup


def time_to_prompt(vern, args, env):
    start = time.monotonic()
    child = spawn(vern, args, env)
    child.expect(PROMPT)
    elapsed = time.monotonic() - start
    quit_shell(child)
    return elapsed


def cmd_startup(a):
    home = a.home
    env = make_env(home)
    log("warm-up start (creates the demo migration and generates it once)")
    time_to_prompt(a.vern, ["--no-history"], env)
    steady = []
    for i in range(a.runs):
        steady.append(time_to_prompt(a.vern, ["--no-history"], env))
        log(f"steady start {i + 1}: {steady[-1]:.3f} s")
    first = []
    for i in range(a.runs):
        first.append(time_to_prompt(a.vern, ["--no-history", "--memory"], make_env(os.path.join(home, f"fresh{i}"))))
        log(f"first-ever (--memory) start {i + 1}: {first[-1]:.3f} s")
    fmt = lambda v: f"{statistics.median(v) * 1000:.0f} ms (min {min(v) * 1000:.0f}, max {max(v) * 1000:.0f})"
    row("`vern` to first prompt, embedded server, demo already generated", fmt(steady), f"{a.runs} runs, pexpect")
    row("`vern --memory` to first prompt, first-ever start (seeds, uploads, generates)", fmt(first), f"{a.runs} runs, pexpect")


# ---------------------------------------------------------------- idle


def cmd_idle(a):
    env = make_env(a.home)
    child = spawn(a.vern, ["--no-history"], env)
    child.expect(PROMPT)
    drain(child, 2)
    c0, t0 = cpu_seconds(child.pid), time.monotonic()
    drain(child, a.seconds)
    c1, t1 = cpu_seconds(child.pid), time.monotonic()
    quit_shell(child)
    row(f"CPU idle at the prompt ({a.seconds:.0f} s, embedded server)", f"{(c1 - c0) / (t1 - t0):.4f} CPU-s/s ({c1 - c0:.2f} CPU-s)", "utime+stime, /proc/PID/stat")


# ---------------------------------------------------------------- counting proxy


class CountingProxy:
    """A TCP proxy that records every HTTP request line the client sends (time, method, path)."""

    REQUEST = re.compile(rb"(GET|POST|PUT|PATCH|DELETE|HEAD) (/[^ \r\n]*) HTTP/1\.[01]\r\n")

    def __init__(self, upstream_port):
        self.upstream = ("127.0.0.1", upstream_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.requests = []  # (monotonic, method, path)
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            client, _ = self.listener.accept()
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            server = socket.create_connection(self.upstream)
            server.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            threading.Thread(target=self._pipe, args=(client, server, True), daemon=True).start()
            threading.Thread(target=self._pipe, args=(server, client, False), daemon=True).start()

    def _pipe(self, source, sink, sniff):
        tail = b""
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                now = time.monotonic()
                sink.sendall(data)
                if sniff:
                    buffer = tail + data
                    with self.lock:
                        for m in self.REQUEST.finditer(buffer):
                            if m.start() >= len(tail) or m.end() > len(tail):
                                self.requests.append((now, m.group(1).decode(), m.group(2).decode()))
                    tail = buffer[-300:]
        except OSError:
            pass
        finally:
            for s in (source, sink):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def between(self, t0, t1):
        with self.lock:
            return [r for r in self.requests if t0 <= r[0] < t1]


ID = re.compile(r"/[0-9a-fA-F-]{8,}")


def endpoint(method, path):
    path = ID.sub("/{id}", path.split("?", 1)[0])
    return f"{method} {path}"


# ---------------------------------------------------------------- a slow run against vern serve


def api(base, key, method, path, body=None):
    req = urllib.request.Request(
        base + path, method=method, data=None if body is None else json.dumps(body).encode(),
        headers={"x-api-key": key, "content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"null")


def parse_time(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def start_server(vern, step_ms, env):
    server = subprocess.Popen(
        [vern, "serve", "--memory", "--port", "0", "--rate-limit", "0", "--slow-step-ms", str(step_ms)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    base = key = None
    while base is None or key is None:
        line = server.stdout.readline()
        if not line:
            raise SystemExit("vern serve exited early")
        if line.startswith("Listening on "):
            base = line.split()[-1].rstrip("/")
        if "API key" in line:
            key = line.rsplit(": ", 1)[1].strip()
    return server, base, key


def cmd_run(a):
    env = make_env(a.home)
    os.makedirs(os.path.join(a.home, "config", "vern"), exist_ok=True)
    with open(os.path.join(a.home, "config", "vern", "config.json"), "w") as f:
        json.dump({"stream_thread": a.stream}, f)
    server, base, key = start_server(a.vern, a.step_ms, env)
    try:
        proxy = CountingProxy(int(base.rsplit(":", 1)[1].split("/")[0]))
        proxied = base.replace(base.split("/")[2], f"127.0.0.1:{proxy.port}")
        migration = api(base, key, "POST", "/migrations", {"name": "Bench", "templates": ["contacts"], "local_agent": "slow"})
        migration = migration.get("migration", migration)
        mid = migration["id"]
        child = spawn(a.vern, ["--no-history", "--api-url", proxied, "--migration", mid], dict(env, VERN_API_KEY=key))
        child.expect(PROMPT)
        child.sendline(f"/upload {a.csv}")
        child.expect(PROMPT)
        drain(child, 1)

        seen = {}  # step → monotonic time its text first appeared on the terminal
        pending = [b""]
        total_steps = [None]

        def on_chunk(now, data):
            buffer = pending[0] + data
            for m in STEP.finditer(buffer):
                seen.setdefault(int(m.group(1)), now)
                total_steps[0] = int(m.group(2))
            pending[0] = buffer[-40:]

        mono_to_wall = time.time() - time.monotonic()
        t_start = time.monotonic()
        c_start = cpu_seconds(child.pid)
        child.sendline("/generate")
        # Read until the prompt comes back (the run ended), timestamping each chunk.
        out = b""
        while True:
            try:
                data = child.read_nonblocking(65536, timeout=20)
            except pexpect.TIMEOUT:
                raise SystemExit(f"no output for 20 s; last output: {out[-600:]!r}")
            now = time.monotonic()
            on_chunk(now, data)
            out += data
            if seen and PROMPT.search(out[-400:]):
                break
        t_end = time.monotonic()
        c_end = cpu_seconds(child.pid)
        quit_shell(child)

        # The events' created_at, read from the server directly (not counted).
        created = {}
        after = 0
        while True:
            page = api(base, key, "GET", f"/migrations/{mid}/thread?include=user&after={after}")
            events = page.get("events", [])
            if not events:
                break
            for e in events:
                text = json.dumps(e.get("data", {}))
                m = re.search(r"step (\d+) of (\d+)", text)
                if m and e.get("type") == "status":
                    created.setdefault(int(m.group(1)), parse_time(e["created_at"]))
            after = events[-1]["sequence"]
        delays = [(seen[s] + mono_to_wall - created[s]) * 1000 for s in sorted(created) if s in seen]
        missed = [s for s in created if s not in seen]
    finally:
        server.terminate()
        server.wait()

    mode = "SSE + poll" if a.stream else "poll only (stream_thread=false)"
    wall = t_end - t_start
    window = min(60.0, wall)
    counted = proxy.between(t_start, t_start + window)
    per = {}
    for _, method, path in counted:
        e = endpoint(method, path)
        per[e] = per.get(e, 0) + 1
    scale = 60.0 / window
    label = f"step {a.step_ms} ms × {total_steps[0]}, {mode}"
    row(f"CPU waiting on a run ({label}; vern process only, server separate)",
        f"{(c_end - c_start) / wall:.4f} CPU-s/s ({c_end - c_start:.2f} CPU-s over {wall:.1f} s)", "utime+stime")
    for e in sorted(per):
        row(f"requests/min while waiting ({label}): `{e}`", f"{per[e] * scale:.1f}", f"{per[e]} in the first {window:.0f} s of the run")
    row(f"requests/min while waiting ({label}): **total**", f"{len(counted) * scale:.1f}", f"{len(counted)} in the first {window:.0f} s of the run")
    whole = proxy.between(t_start, t_end)
    row(f"requests/min over the whole run ({label})", f"{len(whole) * 60 / wall:.1f}", f"{len(whole)} in {wall:.0f} s, /generate to the prompt")
    if delays:
        row(f"event `created_at` → text on the terminal ({label})",
            f"median {statistics.median(delays):.0f} ms, p95 {percentile(delays, 95):.0f} ms, max {max(delays):.0f} ms",
            f"{len(delays)} progress events" + (f", {len(missed)} never shown (overwritten)" if missed else ""))
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"delays_ms": delays, "missed": missed, "requests": [(t - t_start, m, p) for t, m, p in proxy.requests]}, f)


# ---------------------------------------------------------------- embedded slow run


def cmd_embedded(a):
    env = make_env(a.home)
    child = spawn(a.vern, ["--no-history", "--memory", "--local-agent", "slow", "--slow-step-ms", str(a.step_ms)], env)
    # --memory with --local-agent slow: the opening generate is itself the slow run.
    steps = set()
    t0 = time.monotonic()
    c0 = None
    out = b""
    while True:
        data = child.read_nonblocking(65536, timeout=300)
        out += data
        for m in STEP.finditer(data):
            steps.add(int(m.group(1)))
            if c0 is None:
                c0, t0 = cpu_seconds(child.pid), time.monotonic()
        if PROMPT.search(out[-400:]):
            break
    # The last step is where the run's work ends; stop the clock at the prompt.
    c1, t1 = cpu_seconds(child.pid), time.monotonic()
    quit_shell(child)
    row(f"CPU waiting on a run (embedded server, step {a.step_ms} ms × 40, SSE + poll; shell + server in one process)",
        f"{(c1 - c0) / (t1 - t0):.4f} CPU-s/s ({c1 - c0:.2f} CPU-s over {t1 - t0:.1f} s)", "utime+stime, includes the final generate")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--vern", required=True)
    p.add_argument("--home", required=True)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("startup")
    s.add_argument("--runs", type=int, default=7)
    s = sub.add_parser("idle")
    s.add_argument("--seconds", type=float, default=10)
    s = sub.add_parser("run")
    s.add_argument("--step-ms", type=int, default=2000)
    s.add_argument("--stream", type=lambda v: v == "1", default=True)
    s.add_argument("--csv", required=True)
    s.add_argument("--json")
    s = sub.add_parser("embedded")
    s.add_argument("--step-ms", type=int, default=1000)
    a = p.parse_args()
    os.makedirs(a.home, exist_ok=True)
    {"startup": cmd_startup, "idle": cmd_idle, "run": cmd_run, "embedded": cmd_embedded}[a.cmd](a)


if __name__ == "__main__":
    main()
