#!/usr/bin/env bash
# Records the shipped transcripts in transcripts/ with the real binary in a real terminal
# (tmux, at the width each session names), each saved with /save --force.
# Usage: Scripts/record-transcripts.sh [NAME...]
# Needs tmux and a built binary (swift build). The embedded server runs in memory.
# VERN_TMUX_SOCKET names the tmux socket (default vern-rec).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERN="${VERN:-$ROOT/.build/debug/vern}"
SCRATCH="$(mktemp -d)"
T=(tmux -L "${VERN_TMUX_SOCKET:-vern-rec}")
trap '"${T[@]}" kill-session -t vern-rec 2>/dev/null || true; rm -rf "$SCRATCH"' EXIT
mkdir -p "$ROOT/transcripts" "$SCRATCH/home"

# Sources for sessions that create their own migration.
cat > "$SCRATCH/clean-contacts.csv" <<'CSV'
Record ID,First Name,Last Name,Email,Phone,Company,Company Domain,Created Date,Lead Source
1,Ann,Lee,ann@acme.com,+14155550100,Acme,acme.com,2024-01-05,Web
2,Bob,Stone,bob@globex.com,+14155550101,Globex,globex.com,2024-02-11,Event
3,Cy,Park,,+14155550102,Initech,initech.com,2024-03-20,Referral
CSV
cat > "$SCRATCH/crm-export.csv" <<'CSV'
Record ID,First Name,Last Name,Handle,Phone,Org,Lead Source
1,Ann,Lee,ann@acme.com,+14155550100,Acme,website
2,Bob,Stone,bob@globex.com,+14155550101,Globex,chat
3,Cy,Park,cy@initech.com,+14155550102,Initech,Web
CSV

start_at() { # start_at COLUMNS ENV ARGS...: a fresh session in a COLUMNS x 50 terminal
  local columns="$1" env="$2"; shift 2
  "${T[@]}" kill-session -t vern-rec 2>/dev/null || true
  "${T[@]}" new-session -d -s vern-rec -x "$columns" -y 50 \
    "cd '$ROOT' && env XDG_STATE_HOME='$SCRATCH/state' HOME='$SCRATCH/home' $env '$VERN' --memory $*; sleep 30"
}
start() { start_at 80 "NO_COLOR=1 TZ=UTC" "$@"; }
screen() { "${T[@]}" capture-pane -p -t vern-rec -S -3000; }
wait_for() { # wait_for PATTERN [COUNT]: until PATTERN occurs COUNT times (default 1)
  local want="${2:-1}"
  for _ in $(seq 1 900); do
    [ "$(screen | grep -c -- "$1" || true)" -ge "$want" ] && { sleep 0.3; return 0; }
    sleep 0.1
  done
  echo "timed out waiting for '$1' x$want" >&2; screen | tail -40 >&2; exit 1
}
type_line() { "${T[@]}" send-keys -t vern-rec -l -- "$1"; "${T[@]}" send-keys -t vern-rec Enter; }
ctrl_c() { "${T[@]}" send-keys -t vern-rec C-c; }
save() { type_line "/save --force $1"; wait_for "Saved transcripts/$1.md"; "${T[@]}" send-keys -t vern-rec C-d; sleep 0.5; echo "recorded $1"; }
ready() { # the demo's generate asks how to map Lead Source (at first through /attach); answer it
  if [ "${1:-1}" = 1 ]; then wait_for "/attach asks it"; type_line "/attach"; fi
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
  start --local-agent slow --slow-step-ms 200
  wait_for "Working slowly"
  ctrl_c; wait_for "canceled"
  type_line "/status"; wait_for "run: none in flight"
  type_line "/generate"; ready
  save cancel-ctrl-c
fi

if want rate-limited-429; then
  start --rate-limit 1 --rate-limit-window 3
  ready; wait_for "rate limited"
  save rate-limited-429
fi

if want failed-run; then
  start
  ready
  type_line "remove rows with a bad phone"; wait_for "update .* failed"
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

if want readme-walkthrough; then # the README's session, in a 120-column colour terminal
  start_at 120 "TERM=xterm-256color COLORTERM=truecolor"
  ready
  type_line "Use the company domain for any missing Email, don't drop the row"; wait_for "awaiting_approval" 2
  type_line "why is row 12 invalid?"; wait_for "clarify .* completed"
  type_line "/preview --invalid"; wait_for "invalid rows 1"
  type_line "/execute"; wait_for "Execute the recipe"
  type_line "y"; wait_for "executed:"
  type_line "/export contacts -o ~/contacts.csv"; wait_for "Wrote ~/contacts.csv"
  save readme-walkthrough
fi

if want undo-last-change; then
  start
  ready
  type_line "Format phone numbers as E.164, default region GB"; wait_for "awaiting_approval" 2
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

if want wide-colour-terminal; then
  start_at 200 "TERM=xterm-256color TZ=Asia/Tokyo LANG=de_DE.UTF-8 COLORTERM=truecolor" --color always
  ready
  type_line "/preview"; wait_for "invalid cells"
  type_line "Format phone numbers as E.164, default region US"; wait_for "awaiting_approval" 2
  type_line "/status"; wait_for "run: none in flight"
  save wide-colour-terminal
fi

if want narrow-terminal; then
  start_at 60 "NO_COLOR=1 TZ=America/New_York"
  ready
  type_line "/preview --invalid"; wait_for "invalid cells"
  type_line "/templates"; wait_for "(\\* required)"
  save narrow-terminal
fi

if want several-questions; then
  start --new Imports --template contacts --file "$SCRATCH/crm-export.csv"
  wait_for "answer>"; type_line "Org"
  wait_for "answer>" 2; type_line "1"
  wait_for "awaiting_approval"
  save several-questions
fi

if want credentials-rejected-then-accepted; then
  start --local-agent credentials
  wait_for "client_id:"
  type_line "not-the-client"; wait_for "(hidden)"
  type_line "demo-secret"; wait_for "client_id:" 2
  type_line "demo-client"; wait_for "(hidden)" 2
  type_line "demo-secret"; ready
  save credentials-rejected-then-accepted
fi

if want thread-and-history; then
  start
  ready
  type_line "/ask Why is row 12 invalid?"; wait_for "completed"
  type_line "/thread"; wait_for "#1 "
  type_line "/history"; wait_for "1  /ask"
  save thread-and-history
fi

if want templates-sources-files; then
  start
  ready
  type_line "/sources"; wait_for "connector:"
  type_line "/files"; wait_for "demo-contacts.csv  "
  type_line "/help"; wait_for "/quit"
  save templates-sources-files
fi

if want piped-script; then
  (cd "$ROOT" && printf '%s\n' "Trim all fields" "/preview" "/execute" "/export contacts -o -" "/save --force piped-script" \
    | env XDG_STATE_HOME="$SCRATCH/state" HOME="$SCRATCH/home" "$VERN" --memory --new "Piped" --template contacts \
      --file "$SCRATCH/clean-contacts.csv" >/dev/null 2>&1) || true
  [ -f "$ROOT/transcripts/piped-script.md" ] && echo "recorded piped-script"
fi

if want session-from-journal; then
  start
  ready
  type_line "Lower-case every Email"; wait_for "awaiting_approval" 2
  "${T[@]}" send-keys -t vern-rec C-d; sleep 1
  id="$(cd "$ROOT" && env XDG_STATE_HOME="$SCRATCH/state" "$VERN" sessions | awk 'NR==2 {print $1}')"
  (cd "$ROOT" && env XDG_STATE_HOME="$SCRATCH/state" "$VERN" sessions save --force "$id" session-from-journal)
fi
