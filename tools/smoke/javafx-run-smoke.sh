#!/usr/bin/env bash
# Starts the real window on a real X display (Xvfb) and drives it with the keyboard, as a person
# would: type the username, Tab, type the key, Enter; then Ctrl+F, a search with its suggestions,
# Enter. Passes when the app's log says the shelf was shown (twice: sign-in, then the search) and
# nothing logged an uncaught exception or printed a stack trace. The server is jpackage/LoopbackApi
# on loopback, so no network is needed.
#
#   bash tools/smoke/javafx-run-smoke.sh NAME COMMAND [ARGS...]
#   bash tools/smoke/javafx-run-smoke.sh javafx-run mvn -B -q javafx:run
#   bash tools/smoke/javafx-run-smoke.sh app-image target/installer/BadgeShelf/bin/BadgeShelf
#
# Prints PASS/FAIL lines (FAIL with the app's log and output); exit 0 on PASS. Bounded in time:
# SMOKE_START_SECONDS (default 240) for the window to appear, SMOKE_SHELF_SECONDS (default 90)
# for each shelf. A screenshot of the end state is left in target/smoke/NAME.png.
set -uo pipefail
cd "$(dirname "$0")/../.."

NAME=${1:?usage: javafx-run-smoke.sh NAME COMMAND [ARGS...]}
shift
[ $# -gt 0 ] || { echo "usage: javafx-run-smoke.sh NAME COMMAND [ARGS...]"; exit 2; }
START_SECONDS=${SMOKE_START_SECONDS:-240}
SHELF_SECONDS=${SMOKE_SHELF_SECONDS:-90}
API_USER=ShelfTester
API_KEY=smoke-loopback-key-3Kd9
OUT_DIR=target/smoke
mkdir -p "$OUT_DIR"

fail_now() { echo "FAIL: $NAME: $*"; exit 1; }

# --- tools: Xvfb, xdotool, a screenshot tool, and GTK 3 (JavaFX's glass on Linux needs it) ----
missing=()
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
command -v xwd >/dev/null 2>&1 || missing+=(x11-apps)
[ -n "$(ldconfig -p 2>/dev/null | grep 'libgtk-3\.so\.0')" ] || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the window smoke test"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } \
    >"$OUT_DIR/apt.log" 2>&1 || { tail -20 "$OUT_DIR/apt.log"; fail_now "could not install ${missing[*]}"; }
fi

WORK=$(mktemp -d)
APP_PGID= XVFB_PID= API_PID=
stop_group() { # $1 = process group id: TERM, then KILL what is left
  [ -n "$1" ] || return 0
  kill -TERM -- "-$1" 2>/dev/null || return 0
  for _ in $(seq 1 20); do kill -0 -- "-$1" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL -- "-$1" 2>/dev/null
}
cleanup() {
  stop_group "$APP_PGID"
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

HOME_DIR=$WORK/home
LOG=$HOME_DIR/logs/badgeshelf-0.log
mkdir -p "$HOME_DIR"

show_evidence() {
  echo "---- $NAME: app output (last 60 lines) ----"; tail -60 "$WORK/app.out"
  echo "---- $NAME: app log $LOG (last 60 lines) ----"; tail -60 "$LOG" 2>/dev/null || echo "(no log)"
  screenshot && echo "screenshot: $(ls "$OUT_DIR/$NAME".*)"
}
screenshot() { # PNG when ImageMagick is there, else the raw X window dump
  rm -f "$OUT_DIR/$NAME.png" "$OUT_DIR/$NAME.xwd"
  [ -n "$XVFB_PID" ] && xwd -root -silent -out "$OUT_DIR/$NAME.xwd" 2>/dev/null || return 1
  command -v convert >/dev/null 2>&1 && convert "$OUT_DIR/$NAME.xwd" "$OUT_DIR/$NAME.png" 2>/dev/null \
    && rm -f "$OUT_DIR/$NAME.xwd"
  return 0
}
fail() { show_evidence; fail_now "$*"; }

# --- a display of our own: Xvfb picks a free number and tells it on a pipe ---------------------
exec 3< <(Xvfb -displayfd 1 -screen 0 1280x860x24 -nolisten tcp 2>"$WORK/xvfb.log" & echo "pid $!")
read -r -t 10 line <&3 && XVFB_PID=${line#pid }
read -r -t 20 display_number <&3 || fail_now "Xvfb did not start: $(tail -3 "$WORK/xvfb.log")"
export DISPLAY=":$display_number"

# --- the loopback API ------------------------------------------------------------------------------
java jpackage/LoopbackApi.java --key "$API_KEY" --user "$API_USER" --fixtures jpackage/fixtures \
  --port-file "$WORK/api.port" --max-seconds 600 >"$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do [ -s "$WORK/api.port" ] && break; sleep 0.5; done
[ -s "$WORK/api.port" ] || fail_now "loopback API did not start: $(tail -5 "$WORK/api.log")"
API="http://127.0.0.1:$(cat "$WORK/api.port")"

# --- the app, in a process group of its own so that everything it started can be stopped ------
started=$(date +%s)
env -u RA_USERNAME -u RA_API_KEY BADGESHELF_HOME="$HOME_DIR" BADGESHELF_API_BASE="$API" \
  BADGESHELF_MEDIA_BASE="$API" BADGESHELF_CREDENTIAL_STORE=file BADGESHELF_TIMEOUT_SECONDS=20 \
  setsid "$@" >"$WORK/app.out" 2>&1 </dev/null &
APP_PGID=$!

alive() { kill -0 "$APP_PGID" 2>/dev/null; }
# An uncaught exception is logged SEVERE by the app's handler; a stack trace on the console means
# one escaped before the log was set up (or in the toolkit).
problems() {
  grep -n -E 'SEVERE|Uncaught exception|IllegalAccessError|InaccessibleObjectException' "$LOG" 2>/dev/null
  grep -n -E 'Exception in thread|^[[:space:]]+at [a-z]|IllegalAccessError|InaccessibleObjectException|Exception:' "$WORK/app.out"
}
shelves_shown() { local n; n=$(grep -c 'Shelf shown: ' "$LOG" 2>/dev/null); echo "${n:-0}"; }

window=
deadline=$((started + START_SECONDS))
while [ "$(date +%s)" -lt "$deadline" ]; do
  alive || fail "the app exited before its window showed"
  window=$(xdotool search --onlyvisible --name '^BadgeShelf' 2>/dev/null | head -1)
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || fail "no window titled BadgeShelf within $START_SECONDS s"
echo "PASS: $NAME: the window showed after $(( $(date +%s) - started )) s"

# The sign-in card focuses the username field. No window manager runs, so focus it directly.
sleep 2
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
sleep 1
xdotool type --delay 40 "$API_USER"
xdotool key Tab
xdotool type --delay 40 "$API_KEY"
xdotool key Return

wait_for_shelves() { # $1 = how many "Shelf shown" lines, $2 = what for
  local until=$(( $(date +%s) + SHELF_SECONDS ))
  while [ "$(date +%s)" -lt "$until" ]; do
    alive || fail "the app exited while waiting for $2"
    [ -z "$(problems)" ] || fail "the app reported an uncaught exception while waiting for $2: $(problems | head -3)"
    [ "$(shelves_shown)" -ge "$1" ] && return 0
    sleep 0.5
  done
  fail "no shelf within $SHELF_SECONDS s after $2"
}
wait_for_shelves 1 "signing in with the keyboard (name, Tab, key, Enter)"
echo "PASS: $NAME: signed in with the keyboard and reached the shelf ($(grep -m1 'Shelf shown: ' "$LOG" | sed 's/.*Shelf shown: //'))"

# A search through the field with suggestions (ControlsFX's auto-completion): Ctrl+F, a prefix
# that pops the recent-search suggestion up, Escape, the whole name, Enter.
xdotool key ctrl+f
sleep 0.5
xdotool type --delay 60 "${API_USER:0:4}"
sleep 1.5
xdotool key Escape
xdotool key ctrl+a
xdotool type --delay 40 "$API_USER"
xdotool key Return
wait_for_shelves 2 "a search from the search field"
echo "PASS: $NAME: a search from the search field showed the shelf again"

sleep 1
screenshot
problems=$(problems)
[ -z "$problems" ] || fail "the app reported problems: $(head -5 <<<"$problems")"
echo "PASS: $NAME: no uncaught exception in the log or the output ($(( $(date +%s) - started )) s in all)"
