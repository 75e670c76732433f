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
max_time=${ST_MAX_TIME:-225}  # with start-up and fixtures, the pass stays under 240 s
work=$(mktemp -d)
cleanup() {
    if [[ -n "${server:-}" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    [[ -n "${ST_KEEP:-}" ]] || rm -rf "$work"
}
trap cleanup EXIT

# In memory the server makes its own key and prints it: no key on any command line but st's.
: > "$work/serve.log"  # before the server's shell opens it, so the first read below finds it
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

# Fixtures: migrations walked through the documented flow to the states that some operations need
# (a preview and an export, a run waiting for credentials, two waiting for an answer). Their ids
# become the path parameters' examples in the copy schemathesis tests, so its examples phase
# reaches those operations; the other phases still generate their own ids and follow the links.
python3 - "$url" "$key" "$work/openapi.json" "$work/tested.json" <<'PY'
import json, sys, time, urllib.request
url, key, served, tested = sys.argv[1:]
sample = b"Record ID,First Name,Last Name,Email,Company,Lead Source\nr1,Jane,Doe,jane@acme.com,Acme,Web\n"

def call(method, path, body=None, raw=None, content_type="application/json"):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url + path, data=data, method=method,
                                     headers={"x-api-key": key, "content-type": content_type})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"null")

def run_until(migration, body, statuses):
    run = call("POST", f"/api/v1/migrations/{migration}/runs", body)["run_id"]
    for _ in range(200):
        status = call("GET", f"/api/v1/migrations/{migration}/runs/{run}")["status"]
        if status in statuses:
            return run
        time.sleep(0.05)
    sys.exit(f"fixture run {body} on {migration} never reached {statuses}")

def migration_with_upload(agent=None):
    body = {"name": f"fixture {agent or 'flow'}"} | ({"local_agent": agent} if agent else {})
    migration = call("POST", "/api/v1/migrations", body)["migration"]["id"]
    token = call("POST", f"/api/v1/migrations/{migration}/files", {"files": [{"name": "contacts.csv"}]})["files"][0]["token"]
    call("PUT", f"/storage/upload/{token}", raw=sample, content_type="text/csv")
    return migration

done = migration_with_upload()
run_until(done, {"kind": "generate"}, {"awaiting_approval"})
run_until(done, {"kind": "execute"}, {"completed"})
credentials = migration_with_upload("credentials")
credentials_run = run_until(credentials, {"kind": "generate"}, {"blocked"})
question = migration_with_upload("question")
question_run = run_until(question, {"kind": "generate"}, {"blocked"})
cancel = migration_with_upload("question")
cancel_run = run_until(cancel, {"kind": "generate"}, {"blocked"})

examples = {
    "getPreview": {"migration_id": done}, "exportSheet": {"migration_id": done},
    "submitCredentials": {"migration_id": credentials, "run_id": credentials_run},
    "answerRun": {"migration_id": question, "run_id": question_run},
    "cancelRun": {"migration_id": cancel, "run_id": cancel_run},
}
document = json.load(open(served))
for item in document["paths"].values():
    for operation in item.values():
        for parameter in operation.get("parameters", []):
            value = examples.get(operation["operationId"], {}).get(parameter["name"])
            if value is not None and parameter["in"] == "path":
                parameter["example"] = value
json.dump(document, open(tested, "w"))
PY
echo "schemathesis $(st --version 2>/dev/null | awk '{print $NF}') against $url (max $max_examples examples, ${max_time}s)"

status=0
# Loaded from the downloaded file, not the URL: schemathesis leaves out the operation that serves
# the document it was given by URL, and `GET /api/v1/openapi.json` is one of the 21 to test.
timeout $((max_time + 60)) st --config-file Scripts/schemathesis.toml run "$work/tested.json" --url "$url" \
    --header "x-api-key: $key" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --max-examples "$max_examples" --max-time "$max_time" --request-timeout 10 --workers 1 \
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
