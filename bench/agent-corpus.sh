#!/usr/bin/env bash
# Runs the local agent on the utterance corpus in process and prints
# `understood / refused / silently wrong` (all, then per operation), the per-message parse time,
# and every case that was not understood.
# Usage: bench/agent-corpus.sh [CORPUS.jsonl]
#   default: Tests/VernAgentTests/Corpus/utterances.jsonl; pass a held-out corpus in the same format.
#   CONFIG=release builds and runs the tests in release mode (default: debug).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CONFIG="${CONFIG:-debug}"
if [ $# -gt 0 ]; then export VERN_AGENT_CORPUS="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; fi
swift build --build-tests -c "$CONFIG" >/dev/null
echo "machine: $(uname -sm), $(nproc) cores; build: $CONFIG; corpus: ${VERN_AGENT_CORPUS:-Tests/VernAgentTests/Corpus/utterances.jsonl}"
swift test --skip-build -c "$CONFIG" --filter CorpusTests 2>&1 \
  | grep -v -E '^(◇|↳ Target|Test Suite|	 Executed|\[|Building|Build complete)' || true
