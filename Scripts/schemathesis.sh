#!/usr/bin/env bash
# Runs schemathesis (pip: schemathesis) against a `vern serve` this script starts on a free
# loopback port, in memory, and prints its figures. Bounded: at most ST_MAX_EXAMPLES examples per
# operation and phase, and ST_MAX_TIME seconds in all. Exit 0 only with no server error, no
# schema violation and no unexpected status.
#   Scripts/schemathesis.sh [path/to/vern]   (default: .build/debug/vern)
set -euo pipefail
cd "$(dirname "$0")/.."
vern=${1:-.build/debug/vern}
max_examples=${ST_MAX_EXAMPLES:-25}
max_time=${ST_MAX_TIME:-240}
work=$(mktemp -d)
cleanup() {
    if [[ -n "${server:-}" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    [[ -n "${ST_KEEP:-}" ]] || rm -rf "$work"
}
trap cleanup EXIT

# In memory the server makes its own key and prints it: no key on any command line but st's.
"$vern" serve --memory --port 0 --rate-limit 0 --slow-step-ms 5 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    url=$(sed -n 's/^Listening on \(http:[^ ]*\)\/api\/v1$/\1/p' "$work/serve.log")
    [[ -n "$url" ]] && break
    sleep 0.1
done
[[ -n "${url:-}" ]] || { echo "vern serve did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }
key=$(sed -n 's/^API key (this process only): //p' "$work/serve.log")
curl -fsS "$url/api/v1/openapi.json" -o "$work/openapi.json"
echo "schemathesis $(st --version 2>/dev/null | awk '{print $NF}') against $url (max $max_examples examples, ${max_time}s)"

status=0
timeout $((max_time + 60)) st run "$url/api/v1/openapi.json" --url "$url" \
    --header "x-api-key: $key" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --max-examples "$max_examples" --max-time "$max_time" --request-timeout 10 --workers 2 \
    --generation-deterministic --seed 13 --no-color \
    --report ndjson --report-dir "$work/report" || status=$?

# The figures: per documented operation, the statuses it answered with (goal: a 2xx on each).
python3 - "$work/report" "$url" <<'PY'
import collections, json, pathlib, sys
statuses = collections.defaultdict(collections.Counter)
for path in pathlib.Path(sys.argv[1]).glob("*.ndjson"):
    for line in path.read_text().splitlines():
        event = json.loads(line).get("ScenarioFinished")
        if not event:
            continue
        recorder = event["recorder"]
        for case_id, interaction in recorder.get("interactions", {}).items():
            case = recorder.get("cases", {}).get(case_id, {}).get("value", {})
            response = interaction.get("response") or {}
            if "status_code" in response:
                statuses[f'{case.get("method", "?")} {case.get("path", "?")}'][response["status_code"]] += 1
schema = json.load(open(sys.argv[1] + "/../openapi.json"))
documented = [f"{m.upper()} {p}" for p, item in schema["paths"].items() for m in item]
total = sum(sum(c.values()) for c in statuses.values())
server_errors = sum(n for c in statuses.values() for s, n in c.items() if s >= 500)
print(f"requests: {total}, server errors (5xx): {server_errors}")
without_2xx = []
for op in sorted(documented):
    counts = statuses.get(op, collections.Counter())
    if not any(200 <= s < 300 for s in counts):
        without_2xx.append(op)
    print(f"  {op:<70} " + " ".join(f"{s}x{n}" for s, n in sorted(counts.items())))
print(f"operations with a 2xx: {len(documented) - len(without_2xx)} of {len(documented)}")
for op in without_2xx:
    print(f"  no 2xx: {op}")
PY
exit "$status"
