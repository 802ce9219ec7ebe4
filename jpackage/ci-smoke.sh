#!/usr/bin/env bash
# The release workflow's smoke test on Linux, macOS and Windows (Git Bash), after
# `mvn -Pinstaller package`: the app image's launcher exports from the loopback API
# (LoopbackApi.java serving fixtures/) and the CSV must equal fixtures/expected.csv, as in
# ci-check.sh. With SMOKE_INSTALL=1 it then installs the installer without questions (the .deb
# with apt, the .dmg's app copied into /Applications as a drag does, the .msi with msiexec /qn),
# runs the installed launcher's export the same way, and uninstalls. Prints PASS/FAIL lines;
# exit 1 if any check failed.
#
#   bash jpackage/ci-smoke.sh                  # the app image only (safe on a workstation)
#   SMOKE_INSTALL=1 bash jpackage/ci-smoke.sh  # also install (CI runners: uses sudo)
set -uo pipefail
cd "$(dirname "$0")/.."

API_USER=ShelfTester
API_KEY=ci-loopback-key-7Qx2
FIXTURES=jpackage/fixtures
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

case "$(uname -s)" in
  Linux) SYSTEM=linux IMAGE_LAUNCHER=target/installer/BadgeShelf/bin/BadgeShelf ;;
  Darwin) SYSTEM=mac IMAGE_LAUNCHER=target/installer/BadgeShelf.app/Contents/MacOS/BadgeShelf ;;
  # BadgeShelf.exe is a windowed program; the console launcher beside it takes the same arguments.
  MINGW* | MSYS* | CYGWIN*) SYSTEM=windows IMAGE_LAUNCHER=target/installer/BadgeShelf/BadgeShelfCli.exe ;;
  *) echo "FAIL: ci-smoke.sh runs on Linux, macOS or Windows (Git Bash), not $(uname -s)"; exit 1 ;;
esac
# Paths handed to Windows programs (java, the launchers, msiexec) in their own form.
native() { if [ "$SYSTEM" = windows ]; then cygpath -w "$1"; else printf '%s' "$1"; fi; }

WORK=$(mktemp -d)
API_PID= MOUNT=
cleanup() {
  [ -n "$API_PID" ] && kill "$API_PID" 2>/dev/null
  [ -n "$MOUNT" ] && hdiutil detach -quiet "$MOUNT" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

java jpackage/LoopbackApi.java --key "$API_KEY" --user "$API_USER" --fixtures "$FIXTURES" \
  --port-file "$(native "$WORK/port")" >"$WORK/api.log" 2>&1 &
API_PID=$!
for _ in $(seq 1 120); do [ -s "$WORK/port" ] && break; sleep 0.5; done
[ -s "$WORK/port" ] || { echo "FAIL: the loopback API did not start: $(tail -5 "$WORK/api.log")"; exit 1; }
ORIGIN="http://127.0.0.1:$(cat "$WORK/port")"

check_export() { # $1 = name, $2 = launcher
  local name=$1 launcher=$2 csv="$WORK/$1.csv"
  mkdir -p "$WORK/home-$name"
  env BADGESHELF_HOME="$(native "$WORK/home-$name")" BADGESHELF_API_BASE="$ORIGIN" BADGESHELF_MEDIA_BASE=https://media.example.org \
    RA_USERNAME="$API_USER" RA_API_KEY="$API_KEY" \
    "$launcher" export --user "$API_USER" --out "$(native "$csv")" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
  local status=$?
  if [ $status -ne 0 ]; then
    fail "$name: $launcher export exited $status: $(head -3 "$WORK/$name.err" | tr '\n' ' ')"
  elif ! cmp -s "$csv" "$FIXTURES/expected.csv"; then
    fail "$name: the CSV differs from $FIXTURES/expected.csv"; diff "$FIXTURES/expected.csv" "$csv" | head -10
  elif grep -q -F "$API_KEY" "$csv" "$WORK/$name.out" "$WORK/$name.err"; then
    fail "$name: the API key appeared in the CSV or the output"
  else
    pass "$name: $launcher export gave the expected CSV ($(wc -l <"$csv" | tr -d ' ') lines)"
  fi
}

check_export app-image "$IMAGE_LAUNCHER"

if [ "${SMOKE_INSTALL:-0}" = 1 ] && [ "$SYSTEM" = linux ]; then
  deb=$(ls target/installer/*.deb | head -1)
  if as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb" >"$WORK/apt.log" 2>&1; then
    pass "apt-get install ./$deb (its Depends resolved on this system)"
    check_export installed /opt/badgeshelf/bin/BadgeShelf
    as_root apt-get remove -y -q badgeshelf >/dev/null 2>&1 && [ ! -e /opt/badgeshelf/bin/BadgeShelf ] \
      && pass "apt-get remove badgeshelf removed /opt/badgeshelf" || fail "apt-get remove badgeshelf"
  else
    fail "apt-get install ./$deb: $(tail -5 "$WORK/apt.log")"
  fi
elif [ "${SMOKE_INSTALL:-0}" = 1 ] && [ "$SYSTEM" = mac ]; then
  dmg=$(ls target/installer/*.dmg | head -1)
  MOUNT="$WORK/dmg"
  if hdiutil attach -quiet -nobrowse -readonly -mountpoint "$MOUNT" "$dmg" \
      && ditto "$MOUNT/BadgeShelf.app" /Applications/BadgeShelf.app; then
    hdiutil detach -quiet "$MOUNT" && MOUNT=
    pass "$dmg: BadgeShelf.app copied into /Applications, as a drag from the disk image does"
    codesign --verify --deep /Applications/BadgeShelf.app 2>"$WORK/codesign.log" \
      && pass "the installed app's signature seal is intact (codesign --verify)" \
      || fail "codesign --verify /Applications/BadgeShelf.app: $(head -3 "$WORK/codesign.log")"
    check_export installed /Applications/BadgeShelf.app/Contents/MacOS/BadgeShelf
    rm -rf /Applications/BadgeShelf.app
  else
    fail "could not install from $dmg"
  fi
elif [ "${SMOKE_INSTALL:-0}" = 1 ] && [ "$SYSTEM" = windows ]; then
  msi=$(ls target/installer/*.msi | head -1)
  installed="$(cygpath -u "$LOCALAPPDATA")/BadgeShelf/BadgeShelfCli.exe"
  # MSYS2_ARG_CONV_EXCL: Git Bash would otherwise take msiexec's /i and /qn for paths.
  if MSYS2_ARG_CONV_EXCL='*' msiexec /i "$(native "$msi")" /qn /l*v "$(native "$WORK/msi.log")" && [ -x "$installed" ]; then
    pass "msiexec /i $msi /qn installed $installed (per user, no questions)"
    check_export installed "$installed"
    MSYS2_ARG_CONV_EXCL='*' msiexec /x "$(native "$msi")" /qn && [ ! -e "$installed" ] \
      && pass "msiexec /x $msi /qn uninstalled it" || fail "msiexec /x $msi left $installed"
  else
    fail "msiexec /i $msi /qn: no $installed; $(iconv -f UTF-16LE -t UTF-8 "$WORK/msi.log" 2>/dev/null | grep -i -m3 'error')"
  fi
fi

[ $failures -eq 0 ] && echo "All smoke checks passed." || echo "$failures smoke check(s) failed."
[ $failures -eq 0 ]
