#!/usr/bin/env bash
# Figures for the `vern` shell (not a timed test): start-up, CPU while idle and while waiting on a
# run, requests per minute while waiting, and the delay from a server event to its terminal line.
#
#   bench/shell-bench.sh                  # everything, ~6 minutes
#   RUNS=5 STEP_MS=2000 bench/shell-bench.sh
#
# Builds a release binary, then drives it through a pseudo-terminal with bench/shell_bench.py
# (python3 + pexpect) under a throw-away XDG_STATE_HOME/XDG_CONFIG_HOME, and prints a Markdown
# table. Needs hyperfine, psql and python3 with pexpect. Long runs use the hidden
# `--local-agent slow` / `--slow-step-ms` hooks; requests are counted by a TCP proxy in the
# harness between the shell and `vern serve --memory --rate-limit 0`.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SHARED_BENCH:-"$ROOT/bench/reference"}
RUNS=${RUNS:-7}
STEP_MS=${STEP_MS:-2000}
IDLE_SECONDS=${IDLE_SECONDS:-10}

for tool in hyperfine psql python3; do
    command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
python3 -c "import pexpect" 2>/dev/null || { echo "python3 -m pip install pexpect" >&2; exit 1; }
[ -f "$SHARED/gen_contacts.py" ] || { echo "reference bench folder not found at $SHARED (set SHARED_BENCH)" >&2; exit 1; }

echo "== building release" >&2
swift build -c release --product vern >&2
VERN="$(swift build -c release --show-bin-path)/vern"

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p bench/out
CSV="$TMP/demo-contacts.csv"
python3 "$SHARED/gen_contacts.py" 60 "$CSV" --seed 7 >/dev/null
PY="python3 bench/shell_bench.py --vern $VERN"

{
    echo "## Machine"
    echo
    echo "- \`nproc\`: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "- RAM: $(free -h | awk '/^Mem:/ {print $2}'); Linux $(uname -r); $(swift --version 2>&1 | grep -o 'Swift version [0-9.]*' | head -1) (release build)"
    echo "- $(python3 --version), pexpect $(python3 -c 'import pexpect; print(pexpect.__version__)'), $(hyperfine --version), $(psql --version)"
    echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| figure | value | how |"
    echo "|---|---:|---|"
} | tee bench/out/shell-results.md

echo "== --version beside psql and python3 (hyperfine)" >&2
hyperfine -N --warmup 3 --runs 30 --export-json "$TMP/versions.json" \
    "$VERN --version" "psql --version" "python3 -c pass" >&2
python3 - "$TMP/versions.json" <<'EOF' | tee -a bench/out/shell-results.md
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    name = r["command"].split("/")[-1] if r["command"].startswith("/") else r["command"]
    print(f"| `{name}` | {r['median'] * 1000:.1f} ms (mean {r['mean'] * 1000:.1f} ± {r['stddev'] * 1000:.1f}) | hyperfine -N, 30 runs, median |")
EOF

echo "== time to first prompt" >&2
$PY --home "$TMP/startup" startup --runs "$RUNS" | tee -a bench/out/shell-results.md
echo "== idle CPU" >&2
$PY --home "$TMP/startup" idle --seconds "$IDLE_SECONDS" | tee -a bench/out/shell-results.md
echo "== slow run against vern serve, SSE + polling" >&2
$PY --home "$TMP/run-sse" run --step-ms "$STEP_MS" --stream 1 --csv "$CSV" --json bench/out/run-sse.json | tee -a bench/out/shell-results.md
echo "== slow run against vern serve, polling only" >&2
$PY --home "$TMP/run-poll" run --step-ms "$STEP_MS" --stream 0 --csv "$CSV" --json bench/out/run-poll.json | tee -a bench/out/shell-results.md
echo "== the slow agent's default 250 ms steps, SSE + polling (a burst of events)" >&2
$PY --home "$TMP/run-fast" run --step-ms 250 --stream 1 --csv "$CSV" --json bench/out/run-fast.json | tee -a bench/out/shell-results.md
echo "== slow run with the embedded server" >&2
$PY --home "$TMP/embedded" embedded --step-ms 1000 | tee -a bench/out/shell-results.md
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a bench/out/shell-results.md
