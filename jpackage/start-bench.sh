#!/usr/bin/env bash
# Start-up figure on a real X display (Xvfb): from starting the process to its window being
# visible (mapped, found by xdotool), for the app image's launcher and for `java -jar
# target/badgeshelf.jar` on the JDK, alternating, each run with a fresh BADGESHELF_HOME (so the
# sign-in page, as for a new user). One unmeasured start of each first (JavaFX unpacks its
# native libraries once per user). Prints every run, the medians and the ratio.
#
#   bash jpackage/start-bench.sh [runs]        # default 5 runs each; needs target/installer and target/badgeshelf.jar
#
# Exit 0 when the ratio launcher/jar is at most START_RATIO_LIMIT (default 0.7), 1 when above,
# 2 when it could not measure.
set -uo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
LIMIT=${START_RATIO_LIMIT:-0.7}
LAUNCHER=${START_LAUNCHER:-target/installer/BadgeShelf/bin/BadgeShelf}  # START_LAUNCHER: another copy, e.g. an unpacked .deb
JAR=target/badgeshelf.jar
TITLE='^BadgeShelf$'

for tool in Xvfb xdotool java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "start-bench: $tool is missing (apt install xvfb xdotool)"; exit 2; }
done
[ -x "$LAUNCHER" ] && [ -f "$JAR" ] || { echo "start-bench: build first (mvn -Pinstaller -DskipTests package)"; exit 2; }

WORK=$(mktemp -d)
XVFB_PID= APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill -TERM -- "-$APP_PID" 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

exec 3< <(Xvfb -displayfd 1 -screen 0 1280x860x24 -nolisten tcp 2>"$WORK/xvfb.log" & echo "pid $!")
read -r -t 10 line <&3 && XVFB_PID=${line#pid }
read -r -t 20 display_number <&3 || { echo "start-bench: Xvfb did not start"; exit 2; }
export DISPLAY=":$display_number"

# Milliseconds from start to a visible window; the app is stopped afterwards. Polls every 10 ms.
start_ms() { # command...
  local home="$WORK/home-$RANDOM$RANDOM"
  mkdir -p "$home"
  local t0 t1
  t0=$(date +%s%N)
  BADGESHELF_HOME="$home" setsid "$@" >"$WORK/app.out" 2>&1 </dev/null &
  APP_PID=$!
  local deadline=$((t0 + 120000000000))
  until xdotool search --onlyvisible --name "$TITLE" >/dev/null 2>&1; do
    if [ "$(date +%s%N)" -gt $deadline ] || ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "start-bench: no window from $* ($(tail -3 "$WORK/app.out" | tr '\n' ' '))" >&2
      kill -KILL -- "-$APP_PID" 2>/dev/null; APP_PID=; return 1
    fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  kill -TERM -- "-$APP_PID" 2>/dev/null
  for _ in $(seq 1 100); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; APP_PID=
  echo $(((t1 - t0) / 1000000))
}

median() { tr ' ' '\n' <<<"$*" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

start_ms "$LAUNCHER" >/dev/null && start_ms java -jar "$JAR" >/dev/null || exit 2
launcher_ms=() jar_ms=()
for i in $(seq 1 "$RUNS"); do
  l=$(start_ms "$LAUNCHER") || exit 2
  j=$(start_ms java -jar "$JAR") || exit 2
  launcher_ms+=("$l") jar_ms+=("$j")
  echo "run $i: launcher $l ms, java -jar $j ms"
done
ml=$(median "${launcher_ms[*]}")
mj=$(median "${jar_ms[*]}")
ratio=$(awk -v l="$ml" -v j="$mj" 'BEGIN {printf "%.2f", l / j}')
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
echo "start to visible window, median of $RUNS alternating: launcher $ml ms, java -jar $mj ms, ratio $ratio (limit $LIMIT; load $load)"
awk -v r="$ratio" -v m="$LIMIT" 'BEGIN {exit !(r <= m)}'
