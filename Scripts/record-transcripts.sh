#!/usr/bin/env bash
# Records the shipped transcripts in transcripts/ with the real binary in a real terminal
# (tmux), each saved with /save. Usage: Scripts/record-transcripts.sh [NAME...]
# Needs tmux and a built binary (swift build). The embedded server runs in memory.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERN="${VERN:-$ROOT/.build/debug/vern}"
SCRATCH="$(mktemp -d)"
trap 'tmux kill-session -t vern-rec 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
mkdir -p "$ROOT/transcripts"

start() { # start ARGS...: a fresh session in an 80x50 terminal
  tmux kill-session -t vern-rec 2>/dev/null || true
  tmux new-session -d -s vern-rec -x 80 -y 50 \
    "cd '$ROOT' && env XDG_STATE_HOME='$SCRATCH/state' HOME='$SCRATCH/home' NO_COLOR=1 TZ=UTC '$VERN' --memory $*; sleep 30"
}
screen() { tmux capture-pane -p -t vern-rec -S -3000; }
wait_for() { # wait_for PATTERN [COUNT]: until PATTERN occurs COUNT times (default 1)
  local want="${2:-1}"
  for _ in $(seq 1 900); do
    [ "$(screen | grep -c -- "$1" || true)" -ge "$want" ] && { sleep 0.3; return 0; }
    sleep 0.1
  done
  echo "timed out waiting for '$1' x$want" >&2; screen | tail -40 >&2; exit 1
}
type_line() { tmux send-keys -t vern-rec -l -- "$1"; tmux send-keys -t vern-rec Enter; }
ctrl_c() { tmux send-keys -t vern-rec C-c; }
save() { type_line "/save $1"; wait_for "Saved transcripts/$1.md"; tmux send-keys -t vern-rec C-d; sleep 0.5; echo "recorded $1"; }
ready() { # the demo's generate asks how to map Lead Source; answer and wait for the preview
  wait_for "answer>" "${1:-1}"; type_line "1"; wait_for "awaiting_approval"
}
want() { [ -z "$SELECTED" ] || [[ " $SELECTED " == *" $1 "* ]]; }
SELECTED="$*"

if want generate-update-preview-execute-export; then
  start
  ready
  type_line "Trim whitespace in every field"; wait_for "awaiting_approval" 2
  type_line "/preview"; wait_for "preview" 2
  type_line "/execute"; wait_for "Execute the recipe"
  type_line "y"; wait_for "executed:"
  type_line "/export contacts --filter invalid -o -"; sleep 1.5
  save generate-update-preview-execute-export
fi

if want clarify-questions; then
  start
  ready
  type_line "/ask Why are some rows invalid?"; wait_for "completed"
  type_line "/ask"; wait_for "Asking:"
  type_line "Which columns are required?"; wait_for "completed" 2
  save clarify-questions
fi

if want question-blocked-answered; then
  start --local-agent question
  wait_for "answer>"
  type_line "1"; ready 2
  save question-blocked-answered
fi

if want credentials-masked; then
  start --local-agent credentials
  wait_for "client_id:"
  type_line "demo-client"; wait_for "(hidden)"
  type_line "demo-secret"; ready
  save credentials-masked
fi

if want cancel-ctrl-c; then
  start --local-agent slow
  wait_for "step 2 of 40"
  ctrl_c; wait_for "canceled"
  type_line "/status"; wait_for "run: none in flight"
  save cancel-ctrl-c
fi

if want rate-limited-429; then
  start --rate-limit 1 --rate-limit-window 3
  ready; wait_for "rate limited"
  save rate-limited-429
fi

if want failed-run; then
  start --local-agent fail
  wait_for "failed"
  type_line "/status"; wait_for "run: none in flight"
  save failed-run
fi

if want conflict-409-attach; then
  start --local-agent question
  wait_for "answer>"
  ctrl_c; wait_for "Cancel the run?"
  type_line "n"; wait_for "stays blocked"
  type_line "Trim whitespace in every field"; wait_for "Attach to it?"
  type_line "y"; wait_for "answer>" 2
  type_line "2"; ready 3
  save conflict-409-attach
fi

if want undo-last-change; then
  start
  ready
  type_line "Format phone numbers as E.164, default region GB"; wait_for "answer>" 2
  type_line "1"; wait_for "awaiting_approval" 2
  type_line "Undo the last change"; wait_for "awaiting_approval" 3
  save undo-last-change
fi

if want multi-line-message; then
  start
  ready
  type_line "/multi"; sleep 0.5
  type_line "Trim whitespace in every field"; sleep 0.3
  type_line "and lower-case every Email"; sleep 0.3
  type_line "/end"; wait_for "awaiting_approval" 2
  save multi-line-message
fi
