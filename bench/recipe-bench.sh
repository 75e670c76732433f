#!/usr/bin/env bash
# Benchmarks `vern recipe apply` against the SPEC anchors (DuckDB SQL, Python csv) side by side.
#
#   bench/recipe-bench.sh                 # 100k and 1M rows, median of 3 runs
#   SIZES="1000000" RUNS=5 bench/recipe-bench.sh
#
# Builds a release binary, generates data with gen_contacts.py (seed 42) under bench/data/
# (git-ignored), installs duckdb with pip if missing, checks that every implementation writes
# byte-identical output and identical counts, and prints wall time (median) and max RSS (max over
# runs, from /usr/bin/time) per implementation, with the ratio to DuckDB. Two more vern rows (one
# thread) price the phone rule: the SPEC recipe with the default numbering-plan phone rule instead
# of the SPEC's simple mode, and with no phone transform at all.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
SHARED=${SHARED_BENCH:-"$ROOT/bench/reference"}
DATA="$ROOT/bench/data"
RUNS=${RUNS:-3}
SIZES=${SIZES:-"100000 1000000"}
SEED=${SEED:-42}
TIME=/usr/bin/time

[ -f "$SHARED/gen_contacts.py" ] || { echo "reference bench folder not found at $SHARED (set SHARED_BENCH)" >&2; exit 1; }
[ -x "$TIME" ] || { echo "$TIME is required (apt-get install time)" >&2; exit 1; }

echo "== building release" >&2
swift build -c release --product vern >&2
VERN="$(swift build -c release --show-bin-path)/vern"

if ! python3 -c "import duckdb" 2>/dev/null; then
    echo "== installing duckdb" >&2
    python3 -m pip install --quiet duckdb >&2
fi

mkdir -p "$DATA"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# The SPEC recipe with its phone column's transforms changed: numbering plan (default mode), none.
python3 - "$ROOT/examples/contacts.recipe.json" "$TMP" <<'PY'
import json, sys
recipe = json.load(open(sys.argv[1]))
phone = next(c for c in recipe["sheets"][0]["columns"] if c["target"] == "phone")
for name, transforms in [("plan", [{k: v for k, v in t.items() if k != "mode"} for t in phone["transforms"]]), ("nophone", [])]:
    phone["transforms"] = transforms
    json.dump(recipe, open(f"{sys.argv[2]}/recipe-{name}.json", "w"))
PY

# measure NAME ROWS OUT -- command...   → appends "NAME ROWS median_wall max_rss_kib median_cpu" to $TMP/results
measure() {
    local name=$1 rows=$2 out=$3
    shift 4
    local walls=() cpus=() rss=0 w m u s
    for _ in $(seq "$RUNS"); do
        rm -f "$out"
        "$TIME" -f "%e %M %U %S" -o "$TMP/time" "$@" >"$TMP/stdout.$name.$rows"
        read -r w m u s <"$TMP/time"
        walls+=("$w")
        cpus+=("$(echo "$u $s" | awk '{print $1 + $2}')")
        ((m > rss)) && rss=$m
    done
    median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    echo "$name $rows $(median "${walls[@]}") $rss $(median "${cpus[@]}")" >>"$TMP/results"
    echo "   $name: ${walls[*]} s; CPU ${cpus[*]} s; max RSS $((rss / 1024)) MiB" >&2
}

echo "== load average at start: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for n in $SIZES; do
    in="$DATA/contacts_${n}_s${SEED}.csv"
    if [ ! -f "$in" ]; then
        echo "== generating $n rows" >&2
        python3 "$SHARED/gen_contacts.py" "$n" "$in" --seed "$SEED"
    fi
    cat "$in" >/dev/null  # warm the page cache
    echo "== $n rows ($(du -h "$in" | cut -f1))" >&2
    measure duckdb "$n" "$TMP/duck.csv" -- python3 "$SHARED/anchors/run_duckdb.py" "$in" "$TMP/duck.csv"
    measure python_csv "$n" "$TMP/py.csv" -- python3 "$SHARED/anchors/py_csv.py" "$in" "$TMP/py.csv"
    measure vern_1t "$n" "$TMP/vern1.csv" -- "$VERN" recipe apply "$ROOT/examples/contacts.recipe.json" "$in" -o "$TMP/vern1.csv" --threads 1
    measure vern "$n" "$TMP/vern.csv" -- "$VERN" recipe apply "$ROOT/examples/contacts.recipe.json" "$in" -o "$TMP/vern.csv"
    measure vern_plan "$n" "$TMP/vern-plan.csv" -- "$VERN" recipe apply "$TMP/recipe-plan.json" "$in" -o "$TMP/vern-plan.csv" --threads 1
    measure vern_nophone "$n" "$TMP/vern-nophone.csv" -- "$VERN" recipe apply "$TMP/recipe-nophone.json" "$in" -o "$TMP/vern-nophone.csv" --threads 1
    # Correctness: identical bytes and identical counts JSON.
    cmp -s "$TMP/py.csv" "$TMP/vern.csv" || { echo "vern output differs from py_csv on $n rows" >&2; exit 1; }
    cmp -s "$TMP/py.csv" "$TMP/vern1.csv" || { echo "vern --threads 1 output differs from py_csv on $n rows" >&2; exit 1; }
    cmp -s "$TMP/py.csv" "$TMP/duck.csv" || echo "warning: duckdb output differs from py_csv on $n rows" >&2
    cmp -s "$TMP/stdout.python_csv.$n" "$TMP/stdout.vern.$n" || { echo "vern counts differ from py_csv on $n rows" >&2; exit 1; }
    echo "   outputs and counts identical" >&2
done

echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -h | awk '/^Mem:/ {print $2}') RAM; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Command: bench/recipe-bench.sh (RUNS=$RUNS SIZES=\"$SIZES\" SEED=$SEED)"
echo
echo "| rows | implementation | wall s (median of $RUNS) | CPU s (user + sys, median) | max RSS MiB | speed vs DuckDB (DuckDB wall / wall) |"
echo "|---:|---|---:|---:|---:|---:|"
awk '
    { name[NR]=$1; rows[NR]=$2; wall[NR]=$3; rss[NR]=$4; cpu[NR]=$5; if ($1 == "duckdb") duck[$2]=$3 }
    END {
        for (i = 1; i <= NR; i++) {
            ratio = (wall[i] > 0 && duck[rows[i]] > 0) ? duck[rows[i]] / wall[i] : 0
            label = "vern recipe apply (2 threads)"
            if (name[i] == "duckdb") label = "DuckDB SQL (run_duckdb.py)"
            if (name[i] == "python_csv") label = "Python csv (py_csv.py)"
            if (name[i] == "vern_1t") label = "vern recipe apply --threads 1"
            if (name[i] == "vern_plan") label = "vern --threads 1, numbering-plan phone rule (default mode)"
            if (name[i] == "vern_nophone") label = "vern --threads 1, no phone transform"
            printf "| %d | %s | %.2f | %.2f | %.1f | %.2f× |\n", rows[i], label, wall[i], cpu[i], rss[i] / 1024, ratio
        }
    }' "$TMP/results"

echo
echo "Phone rule cost, one thread, from CPU time (user + sys, median of $RUNS):"
awk '
    { cpu[$1 "," $2]=$5; rows[$2]=1 }
    END {
        for (n in rows) {
            plan = cpu["vern_plan," n]; simple = cpu["vern_1t," n]; none = cpu["vern_nophone," n]
            if (plan > 0)
                printf "- %d rows: CPU s no phone %.2f, simple %.2f, numbering plan %.2f; the numbering-plan rule is %.1f %% of its run (simple mode %.1f %% of its run); it adds %.1f %% to the SPEC recipe\n",
                    n, none, simple, plan,
                    100 * (plan - none) / plan, 100 * (simple - none) / simple, 100 * (plan - simple) / simple
        }
    }' "$TMP/results"
