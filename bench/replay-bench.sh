#!/usr/bin/env bash
# Times offline replay of transcripts/ with a release build: the whole folder, then each file.
# Usage: bench/replay-bench.sh [RUNS]   (default 5 runs of the whole folder; the best is reported)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-5}"
cd "$ROOT"
swift build -c release --product vern >/dev/null
VERN="$ROOT/.build/release/vern"
echo "machine: $(uname -sm), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //')"
echo "swift:   $(swift --version 2>&1 | head -1)"
best=""
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  "$VERN" replay transcripts >/dev/null
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "run $run: whole folder $ms ms (process included)"
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "best whole-folder replay: $best ms"
echo "per transcript (in-process time, last run):"
"$VERN" replay transcripts | sed 's/^/  /'
