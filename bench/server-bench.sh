#!/usr/bin/env bash
# Times a conversation on big files through `vern serve --memory`, side by side with
# `vern recipe apply` on the same files in the same run.
#
#   bench/server-bench.sh                          # 100k and 1M rows, release build
#   SIZES="100000" CONFIGURATION=debug bench/server-bench.sh
#
# Builds vern, generates contacts files with bench/reference/gen_contacts.py (seed 42) and a 10,000-column ×
# 1,000-row file under bench/data/ (git-ignored), then per file starts a fresh server and runs
# bench/server_bench.py: upload, generate (to the preview), update, clarify, execute, export (plain
# and gzip). Prints a Markdown table with the server's peak RSS (VmHWM) and the engine's own time
# and RSS (`/usr/bin/time`) on the same file.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
DATA="$ROOT/bench/data"
SIZES=${SIZES:-"100000 1000000"}
SEED=${SEED:-42}
CONFIGURATION=${CONFIGURATION:-release}
TIME=/usr/bin/time

[ -x "$TIME" ] || { echo "$TIME is required (apt-get install time)" >&2; exit 1; }

echo "== building $CONFIGURATION" >&2
# SWIFT_BUILD_FLAGS: extra flags for swift build, e.g. --ignore-lock.
swift build -c "$CONFIGURATION" --product vern ${SWIFT_BUILD_FLAGS:-} >&2
VERN="$(swift build -c "$CONFIGURATION" ${SWIFT_BUILD_FLAGS:-} --show-bin-path)/vern"

mkdir -p "$DATA"
TMP=$(mktemp -d)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
    rm -rf "$TMP"
}
trap cleanup EXIT

# serve_and_measure NAME FILE [server_bench options] → $TMP/NAME.json
serve_and_measure() {
    local name=$1 file=$2
    shift 2
    "$VERN" serve --memory --port 0 --rate-limit 0 >"$TMP/serve.$name.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 100); do
        grep -q "API key" "$TMP/serve.$name.log" 2>/dev/null && break
        sleep 0.1
    done
    local url key
    url=$(grep -o 'http://[0-9.:]*' "$TMP/serve.$name.log" | head -1)
    key=$(grep -o 'vern_local_[0-9a-f]*' "$TMP/serve.$name.log" | head -1)
    python3 "$ROOT/bench/server_bench.py" --url "$url" --key "$key" --pid "$SERVER" "$@" "$file" >"$TMP/$name.json"
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
}

echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for n in $SIZES; do
    in="$DATA/contacts_${n}_s${SEED}.csv"
    if [ ! -f "$in" ]; then
        echo "== generating $n rows" >&2
        python3 "$ROOT/bench/reference/gen_contacts.py" "$n" "$in" --seed "$SEED"
    fi
    cat "$in" >/dev/null  # warm the page cache
    echo "== $n rows ($(du -h "$in" | cut -f1)): vern recipe apply" >&2
    "$TIME" -f "%e %M" -o "$TMP/apply.$n" "$VERN" recipe apply "$ROOT/examples/contacts.recipe.json" "$in" -o "$TMP/apply.csv" >/dev/null
    echo "== $n rows: vern serve --memory" >&2
    serve_and_measure "rows$n" "$in"
done

wide="$DATA/wide_10000x1000.csv"
if [ ! -f "$wide" ]; then
    echo "== generating 10,000 columns × 1,000 rows" >&2
    python3 - "$wide" <<'PY'
import random, sys
random.seed(7)
columns = ["Email", "First Name", "Last Name", "Company"] + [f"attr_{i}" for i in range(9996)]
with open(sys.argv[1], "w") as out:
    out.write(",".join(columns) + "\n")
    for r in range(1000):
        rest = [str(random.randint(0, 10**6)) if i % 3 else random.choice(["red", "green", "blue"]) for i in range(9996)]
        out.write(",".join([f"user{r}@example.com", f"First{r}", f"Last{r}", f"Co{r % 50}"] + rest) + "\n")
PY
fi
echo "== 10,000 columns × 1,000 rows: vern serve --memory" >&2
serve_and_measure wide "$wide" --generate-only

python3 - "$TMP" "$SIZES" <<'PY'
import json, sys
tmp, sizes = sys.argv[1], sys.argv[2].split()
runs = {n: json.load(open(f"{tmp}/rows{n}.json")) for n in sizes}
apply = {n: [float(x) for x in open(f"{tmp}/apply.{n}").read().split()] for n in sizes}
wide = json.load(open(f"{tmp}/wide.json"))

def cell(n, fn):
    return fn(runs[n], apply[n])

rows = [
    ("upload (PUT)", lambda r, a: f"{r['seconds']['upload']:.2f} s"),
    ("`generate` → preview ready", lambda r, a: f"{r['seconds']['generate']:.2f} s ({r['seconds']['generate'] / a[0]:.2f}× apply)"),
    ("`update` → preview ready", lambda r, a: f"{r['seconds']['update']:.2f} s"),
    ("`clarify`", lambda r, a: f"{r['seconds']['clarify']:.2f} s"),
    ("`execute`", lambda r, a: f"{r['seconds']['execute']:.2f} s"),
    ("export", lambda r, a: f"{r['seconds']['export']:.2f} s, {r['export_bytes'] / 1e6:.0f} MB: **{r['export_bytes'] / 1e6 / r['seconds']['export']:.0f} MB/s**"),
    ("export, gzip", lambda r, a: f"{r['seconds']['export_gzip']:.2f} s, {r['export_gzip_bytes'] / 1e6:.0f} MB gzip: **{r['export_bytes'] / 1e6 / r['seconds']['export_gzip']:.0f} MB/s** of CSV"),
    ("server peak RSS (whole conversation)", lambda r, a: f"{max(r['peak_rss_mib'].values()):.1f} MiB"),
    ("`vern recipe apply` (same file)", lambda r, a: f"{a[0]:.2f} s, {a[1] / 1024:.1f} MiB"),
]
print("| step | " + " | ".join(f"{int(n):,} rows" for n in sizes) + " |")
print("|---|" + "---:|" * len(sizes))
for label, fn in rows:
    print(f"| {label} | " + " | ".join(cell(n, fn) for n in sizes) + " |")
print()
print(f"10,000 columns × 1,000 rows: upload {wide['seconds']['upload']:.2f} s, `generate` → preview ready "
      f"**{wide['seconds']['generate']:.2f} s**, server peak RSS {max(wide['peak_rss_mib'].values()):.1f} MiB.")
PY
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -h | awk '/^Mem:/ {print $2}') RAM; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Command: bench/server-bench.sh (SIZES=\"$SIZES\" SEED=$SEED CONFIGURATION=$CONFIGURATION)"
