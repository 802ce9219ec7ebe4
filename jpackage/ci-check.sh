#!/usr/bin/env bash
# Builds the Linux installers (mvn -Pinstaller) and checks what a user would get:
# the app image's launcher, the .deb's contents, their sizes, and TLS from the trimmed runtime.
# Prints one PASS/FAIL line per check and exits non-zero if any check failed.
#
#   bash jpackage/ci-check.sh                 # install tools if missing, build, check
#   BADGESHELF_SKIP_BUILD=1 bash jpackage/ci-check.sh   # check an existing target/installer
set -uo pipefail
cd "$(dirname "$0")/.."

APP_IMAGE=target/installer/BadgeShelf
LAUNCHER=$APP_IMAGE/bin/BadgeShelf
RUNTIME_JAVA=$APP_IMAGE/lib/runtime/bin/java
FIXTURES=jpackage/fixtures
EXPECTED_CSV=$FIXTURES/expected.csv
MAX_DEB_BYTES=$((60 * 1024 * 1024))
MAX_IMAGE_BYTES=$((150 * 1024 * 1024))
API_USER=ShelfTester
API_KEY=ci-loopback-key-7Qx2
MEDIA_BASE=https://media.example.org

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

WORK=$(mktemp -d)
SERVER_PIDS=()
cleanup() {
  for pid in "${SERVER_PIDS[@]}"; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- tools -------------------------------------------------------------------------------------
missing=()
command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
command -v objcopy >/dev/null 2>&1 || missing+=(binutils)
command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg)
# The build's class-data-sharing training run (CdsArchive.java) opens the window on Xvfb; the
# start figure (start-bench.sh) finds the window with xdotool.
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
[ -n "$(ldconfig -p 2>/dev/null | grep 'libgtk-3\.so\.0')" ] || missing+=(libgtk-3-0)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for jpackage"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } >"$WORK/apt.log" 2>&1 \
    || { cat "$WORK/apt.log"; echo "FAIL: could not install ${missing[*]}"; exit 1; }
fi
# The JDK tools come from JAVA_HOME, or else from the JDK that javac on PATH belongs to.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
  JDK_BIN=$JAVA_HOME/bin
else
  JDK_BIN=$(dirname "$(readlink -f "$(command -v javac || echo /nonexistent/javac)")")
fi
for tool in java jpackage jlink jdeps javac keytool; do
  [ -x "$JDK_BIN/$tool" ] || { echo "FAIL: $JDK_BIN/$tool not found (a full JDK 17 is needed)"; exit 1; }
done
PATH=$JDK_BIN:$PATH

# --- build -------------------------------------------------------------------------------------
if [ "${BADGESHELF_SKIP_BUILD:-0}" != 1 ]; then
  start=$(date +%s)
  if mvn -B -q -Pinstaller -DskipTests package >"$WORK/build.log" 2>&1; then
    pass "mvn -Pinstaller package built the installers in $(( $(date +%s) - start )) s"
  else
    tail -50 "$WORK/build.log"
    fail "mvn -Pinstaller package"
    echo "1 or more checks failed (build)"; exit 1
  fi
fi
DEB=$(ls target/installer/*.deb 2>/dev/null | head -1)

if [ -x "$LAUNCHER" ]; then pass "app image launcher $LAUNCHER"; else fail "no executable launcher at $LAUNCHER"; fi
if [ -n "$DEB" ] && [ -f "$DEB" ]; then pass ".deb built: $DEB"; else fail "no .deb under target/installer"; fi

# --- the trimmed runtime has every module jdeps says the app needs ------------------------------
needed=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps target/badgeshelf.jar target/lib/*.jar 2>/dev/null | tail -1)
have=$(sed -n 's/^MODULES="\(.*\)"$/\1/p' "$APP_IMAGE/lib/runtime/release")
absent=()
for module in ${needed//,/ } java.net.http jdk.crypto.ec jdk.localedata; do
  [[ " $have " == *" $module "* ]] || absent+=("$module")
done
if [ -n "$needed" ] && [ ${#absent[@]} -eq 0 ]; then
  pass "runtime has the modules jdeps reports ($needed) plus java.net.http, jdk.crypto.ec, jdk.localedata"
else
  fail "runtime lacks modules: ${absent[*]:-jdeps printed nothing} (add them to jpackage/jlink.args)"
fi

# --- class-data sharing: the runtime's archive, the app's archive, and the JVM accepts them ----
APP_ARCHIVE=$APP_IMAGE/lib/app/badgeshelf.jsa
if [ -f "$APP_IMAGE/lib/runtime/lib/server/classes.jsa" ] && [ ! -e "$APP_IMAGE/lib/runtime/lib/server/classes_nocoops.jsa" ]; then
  pass "runtime has its class-data-sharing archive (jlink --generate-cds-archive; the >32 GB heap one removed)"
else
  fail "runtime lacks lib/server/classes.jsa, or still has classes_nocoops.jsa"
fi
app_cp=$(sed -n 's/^app.classpath=//p' "$APP_IMAGE/lib/app/BadgeShelf.cfg" | sed "s#\$APPDIR#$PWD/$APP_IMAGE/lib/app#" | paste -sd:)
if [ -f "$APP_ARCHIVE" ] && grep -q -x 'java-options=-XX:SharedArchiveFile=$APPDIR/badgeshelf.jsa' "$APP_IMAGE/lib/app/BadgeShelf.cfg" \
    && "$RUNTIME_JAVA" -Xshare:on -XX:SharedArchiveFile="$PWD/$APP_ARCHIVE" -Djava.class.path="$app_cp" \
       io.github.badgeshelf.Main export --help >"$WORK/cds.out" 2>&1; then
  pass "the launcher starts from the app's archive $APP_ARCHIVE ($(($(stat -c %s "$APP_ARCHIVE") / 1024 / 1024)) MB): -Xshare:on accepts it with the launcher's class path"
else
  fail "app class-data-sharing archive missing, not in the launcher's options, or refused: $(head -3 "$WORK/cds.out" 2>/dev/null | tr '\n' ' ')"
fi

# --- a loopback API (plain HTTP, then HTTPS with an EC key) -----------------------------------
# Starts LoopbackApi in the background and sets API_PORT. Not called in $(...): the server's
# pid must reach SERVER_PIDS in this shell so that cleanup stops it.
start_api() { # $1 = port file, rest = extra LoopbackApi options
  local port_file=$1; shift
  API_PORT=
  java jpackage/LoopbackApi.java --key "$API_KEY" --user "$API_USER" --fixtures "$FIXTURES" \
    --port-file "$port_file" "$@" >>"$WORK/api.log" 2>&1 &
  SERVER_PIDS+=($!)
  for _ in $(seq 1 120); do
    [ -s "$port_file" ] && { API_PORT=$(cat "$port_file"); return 0; }
    sleep 0.5
  done
  return 1
}

# Runs a launcher with a clean home and the check's credentials; output lands in $WORK/<name>.*
run_launcher() { # $1 = name, $2 = launcher, $3 = API origin, rest = arguments
  local name=$1 launcher=$2 origin=$3; shift 3
  mkdir -p "$WORK/home-$name"
  env BADGESHELF_HOME="$WORK/home-$name" BADGESHELF_API_BASE="$origin" BADGESHELF_MEDIA_BASE="$MEDIA_BASE" \
    RA_USERNAME="$API_USER" RA_API_KEY="${KEY_OVERRIDE:-$API_KEY}" \
    timeout 120 "$launcher" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" </dev/null
}

key_leaked() { # any of the given files contains the API key
  grep -q -F "$API_KEY" "$@" 2>/dev/null
}

check_export() { # $1 = name, $2 = launcher, $3 = origin
  local name=$1 launcher=$2 origin=$3 csv="$WORK/$1.csv"
  run_launcher "$name" "$launcher" "$origin" export --user "$API_USER" --out "$csv"
  local status=$?
  if [ $status -ne 0 ]; then
    fail "$name: export exited $status: $(grep -v '^Picked up' "$WORK/$name.err" | head -3 | tr '\n' ' ')"
  elif ! cmp -s "$csv" "$EXPECTED_CSV"; then
    fail "$name: CSV differs from $EXPECTED_CSV"; diff <(cat -A "$EXPECTED_CSV") <(cat -A "$csv" 2>/dev/null) | head -20
  elif key_leaked "$csv" "$WORK/$name.out" "$WORK/$name.err"; then
    fail "$name: the API key appeared in the CSV or the output"
  else
    pass "$name: export --user $API_USER --out f.csv gave the expected CSV ($(wc -l <"$csv") lines)"
  fi
}

run_launcher help "$LAUNCHER" http://127.0.0.1:9 export --help
status=$?
if [ $status -eq 0 ] && [ -s "$WORK/help.out" ]; then
  pass "launcher export --help exits 0 and prints usage"
else
  fail "launcher export --help exited $status (stdout: $(head -2 "$WORK/help.out" | tr '\n' ' '); stderr: $(head -2 "$WORK/help.err" | tr '\n' ' '))"
fi

if start_api "$WORK/http.port"; then
  HTTP_PORT=$API_PORT
  check_export launcher-http "$LAUNCHER" "http://127.0.0.1:$HTTP_PORT"

  KEY_OVERRIDE=wrong-key-for-check run_launcher badkey "$LAUNCHER" "http://127.0.0.1:$HTTP_PORT" \
    export --user "$API_USER" --out "$WORK/badkey.csv"
  status=$?
  if [ $status -eq 3 ] && [ ! -e "$WORK/badkey.csv" ] && [ "$(wc -l <"$WORK/badkey.err")" -ge 1 ]; then
    pass "launcher exits 3 with a message when the server rejects the key"
  else
    fail "launcher with a rejected key: exit $status (expected 3 and no file); stderr: $(head -2 "$WORK/badkey.err" | tr '\n' ' ')"
  fi
else
  fail "loopback HTTP API did not start: $(tail -5 "$WORK/api.log")"
fi

# --- the window starts on the packaged runtime (headless: Monocle, the tests' own harness) ------
APP_JARS="$APP_IMAGE/lib/app/badgeshelf.jar:$(ls "$APP_IMAGE"/lib/app/lib/*.jar | tr '\n' ':')"
if mvn -B -q dependency:copy-dependencies -DincludeArtifactIds=openjfx-monocle -DincludeScope=test \
      -DoutputDirectory="$WORK/monocle" >"$WORK/monocle.log" 2>&1 \
    && javac --release 17 -d "$WORK/gui" -cp "$APP_JARS" jpackage/GuiProbe.java 2>>"$WORK/monocle.log"; then
  mkdir -p "$WORK/home-gui"
  BADGESHELF_HOME="$WORK/home-gui" timeout 120 "$RUNTIME_JAVA" -Dglass.platform=Monocle -Dmonocle.platform=Headless \
    -Dprism.order=sw -Dprism.text=t2k -cp "$WORK/gui:$APP_JARS:$(ls "$WORK"/monocle/*.jar | head -1)" GuiProbe 60 \
    >"$WORK/gui.out" 2>"$WORK/gui.err" </dev/null
  status=$?
  if [ $status -eq 0 ] && grep -q '^PASS' "$WORK/gui.out"; then
    sed 's/^PASS: /PASS: packaged runtime + app jars: /' "$WORK/gui.out"
  else
    fail "packaged runtime + app jars: the window did not start (exit $status): $(grep -h -m3 -E 'FAIL|Exception|Error' "$WORK/gui.out" "$WORK/gui.err" | tr '\n' ' ')"
  fi
else
  fail "could not prepare the window check (Monocle or GuiProbe): $(tail -3 "$WORK/monocle.log")"
fi

# --- the launcher's window on a real X display, driven with the keyboard into the shelf ---------
if [ -x "$LAUNCHER" ]; then
  bash tools/smoke/javafx-run-smoke.sh app-image "$LAUNCHER" >"$WORK/smoke.out" 2>&1
  status=$?
  sed -n 's/^\(PASS\|FAIL\): app-image: /\1: app image launcher window: /p' "$WORK/smoke.out"
  if [ $status -ne 0 ]; then
    grep -q '^FAIL' "$WORK/smoke.out" && failures=$((failures + 1)) || fail "window smoke test exited $status"
    grep -v -E '^(PASS|FAIL)' "$WORK/smoke.out" | tail -40
  fi
fi

# --- the .deb ----------------------------------------------------------------------------------
if [ -n "$DEB" ]; then
  DEBX="$WORK/deb"
  if dpkg-deb -x "$DEB" "$DEBX"; then
    pass "dpkg-deb -x unpacked $(basename "$DEB")"
  else
    fail "dpkg-deb -x $DEB"
  fi
  deb_launcher="$DEBX/opt/badgeshelf/bin/BadgeShelf"
  [ -x "$deb_launcher" ] && pass ".deb has the launcher /opt/badgeshelf/bin/BadgeShelf" \
    || fail ".deb lacks an executable /opt/badgeshelf/bin/BadgeShelf"
  deb_icon="$DEBX/opt/badgeshelf/lib/BadgeShelf.png"
  if [ -f "$deb_icon" ] && cmp -s "$deb_icon" assets/badgeshelf.png; then
    pass ".deb has the BadgeShelf icon (/opt/badgeshelf/lib/BadgeShelf.png = assets/badgeshelf.png)"
  else
    fail ".deb icon /opt/badgeshelf/lib/BadgeShelf.png missing or not assets/badgeshelf.png"
  fi
  desktop=$(find "$DEBX" -type f -name '*.desktop' | head -1)
  if [ -n "$desktop" ] \
      && grep -qx 'Exec=/opt/badgeshelf/bin/BadgeShelf.*' "$desktop" \
      && grep -qx 'Icon=/opt/badgeshelf/lib/BadgeShelf.png' "$desktop" \
      && grep -qx 'Name=BadgeShelf' "$desktop" \
      && grep -q '^Categories=.*Game;' "$desktop" && grep -q '^Categories=.*Utility;' "$desktop"; then
    pass ".deb desktop entry ${desktop#"$DEBX"} names the launcher, the icon and Game;Utility;"
  else
    fail ".deb desktop entry missing or incomplete: ${desktop:-none}"; [ -n "$desktop" ] && cat "$desktop"
  fi
  if dpkg-deb --ctrl-tarfile "$DEB" | tar -xO ./postinst 2>/dev/null | grep -q 'xdg-desktop-menu install'; then
    pass ".deb postinst registers the menu entry"
  else
    fail ".deb postinst does not register the menu entry"
  fi
  control=$(dpkg-deb -f "$DEB" Package Version Section Description 2>/dev/null)
  depends=$(dpkg-deb -f "$DEB" Depends 2>/dev/null)
  if grep -q '^Package: badgeshelf$' <<<"$control" && grep -q '^Section: games$' <<<"$control" \
      && grep -q '^Description: .*RetroAchievements' <<<"$control" && grep -q 'libgtk-3-0' <<<"$depends"; then
    pass ".deb control: $(tr '\n' ' ' <<<"$control")(Depends names GTK 3 for JavaFX)"
  else
    fail ".deb control fields: $control Depends: $depends"
  fi
  # The unpacked launcher finds its runtime beside it, so it runs without installing.
  run_launcher deb-help "$deb_launcher" http://127.0.0.1:9 export --help
  status=$?
  [ $status -eq 0 ] && pass "unpacked .deb launcher export --help exits 0" \
    || fail "unpacked .deb launcher export --help exited $status"
  # Elsewhere than where it was made, JDK 17 refuses the app's archive (absolute jar paths): the
  # launcher must then start on the runtime's archive without a word on the terminal.
  if [ $status -eq 0 ] && ! grep -q -i -E 'cds|shared archive|sharing' "$WORK/deb-help.out" "$WORK/deb-help.err"; then
    pass "unpacked .deb launcher, away from where its archive was made, prints nothing about class-data sharing"
  else
    fail "unpacked .deb launcher printed: $(grep -h -i -m2 -E 'cds|shared archive|sharing' "$WORK/deb-help.out" "$WORK/deb-help.err" | tr '\n' ' ')"
  fi
fi

# --- sizes -------------------------------------------------------------------------------------
if [ -n "$DEB" ]; then
  deb_bytes=$(stat -c %s "$DEB")
  [ "$deb_bytes" -le $MAX_DEB_BYTES ] && pass ".deb size $((deb_bytes / 1024 / 1024)) MB ($deb_bytes bytes) <= 60 MB" \
    || fail ".deb size $((deb_bytes / 1024 / 1024)) MB > 60 MB"
fi
image_bytes=$(du -sb "$APP_IMAGE" | cut -f1)
[ "$image_bytes" -le $MAX_IMAGE_BYTES ] && pass "app image size $((image_bytes / 1024 / 1024)) MB ($image_bytes bytes) <= 150 MB" \
  || fail "app image size $((image_bytes / 1024 / 1024)) MB > 150 MB"

# --- TLS with the packaged runtime ----------------------------------------------------------------
STOREPASS=loopback-only
keytool -genkeypair -keystore "$WORK/server.p12" -storetype PKCS12 -storepass "$STOREPASS" -alias server \
  -keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA -validity 2 \
  -dname "CN=localhost" -ext "san=dns:localhost,ip:127.0.0.1" >"$WORK/keytool.log" 2>&1 \
&& keytool -exportcert -keystore "$WORK/server.p12" -storepass "$STOREPASS" -alias server -file "$WORK/server.cer" >>"$WORK/keytool.log" 2>&1 \
&& keytool -importcert -noprompt -keystore "$WORK/trust.p12" -storetype PKCS12 -storepass "$STOREPASS" -alias loopback \
  -file "$WORK/server.cer" >>"$WORK/keytool.log" 2>&1
if [ $? -ne 0 ]; then
  fail "keytool could not make the EC test certificate: $(tail -3 "$WORK/keytool.log")"
elif start_api "$WORK/https.port" --keystore "$WORK/server.p12" --storepass "$STOREPASS"; then
  HTTPS_PORT=$API_PORT
  mkdir -p "$WORK/probe"
  if javac --release 17 -d "$WORK/probe" jpackage/TlsProbe.java 2>"$WORK/javac.log" && [ -x "$RUNTIME_JAVA" ]; then
    # The probe prints its own PASS/FAIL lines; prefix them so the runtime is named.
    "$RUNTIME_JAVA" -cp "$WORK/probe" TlsProbe "$HTTPS_PORT" "$WORK/trust.p12" "$STOREPASS" \
      "z=$API_USER&y=$API_KEY&u=$API_USER" >"$WORK/probe.out" 2>&1
    status=$?
    sed 's/^\(PASS\|FAIL\): /\1: packaged runtime: /' "$WORK/probe.out"
    failures=$((failures + $(grep -c '^FAIL' "$WORK/probe.out")))
    [ $status -eq 0 ] || grep -q '^FAIL' "$WORK/probe.out" || fail "TlsProbe exited $status"
  else
    fail "could not compile TlsProbe or no $RUNTIME_JAVA: $(head -3 "$WORK/javac.log")"
  fi
  export_tls_options="-Djavax.net.ssl.trustStore=$WORK/trust.p12 -Djavax.net.ssl.trustStorePassword=$STOREPASS -Djavax.net.ssl.trustStoreType=PKCS12"
  JAVA_TOOL_OPTIONS="$export_tls_options" check_export launcher-https "$LAUNCHER" "https://localhost:$HTTPS_PORT"
else
  fail "loopback HTTPS API did not start: $(tail -5 "$WORK/api.log")"
fi

# --- the start figure (printed, not judged: timings on a shared machine vary) --------------------
if [ "${BADGESHELF_SKIP_START_BENCH:-0}" != 1 ]; then
  bash jpackage/start-bench.sh 5 >"$WORK/bench.out" 2>&1
  status=$?
  sed -n 's/^start to visible window/FIGURE: start to visible window/p' "$WORK/bench.out"
  [ $status -le 1 ] || echo "FIGURE: start-bench could not measure: $(tail -3 "$WORK/bench.out" | tr '\n' ' ')"
fi

if [ $failures -eq 0 ]; then
  echo "All installer checks passed."
else
  echo "$failures installer check(s) failed."
fi
[ $failures -eq 0 ]
