#!/usr/bin/env bash
# Check a built static site folder.
# Usage: bash check-site.sh SITE_DIR [SHOTS_DIR]
#   1. vnu (Nu Html Checker 26.9.27, Java): every .html (and .svg via --also-check-svg)
#   2. sitecheck.py: offline broken-link + #fragment check (no network)
#   3. axe-core 4.14.1 in Debian chromium via playwright-core, pages served by
#      `python3 -m http.server` on 127.0.0.1 (random free port); PNG screenshots
#      go to SHOTS_DIR (default: $TMPDIR/site-shots). Skip with NO_AXE=1.
# Exit 0 only if all passed. Needs: bash scripts/checkers/install.sh first.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BIN="${CHECKERS_PREFIX:-/opt/checkers}/bin"
SITE="$(cd "${1:?usage: check-site.sh SITE_DIR [SHOTS_DIR]}" && pwd)"
SHOTS="${2:-${TMPDIR:-/tmp}/site-shots}"
fail=0
echo "### vnu"
"$BIN/vnu" --skip-non-html --also-check-svg --format gnu "$SITE" || { echo "### vnu: FAILED"; fail=1; }
echo "### sitecheck"
python3 "$HERE/sitecheck.py" "$SITE" || { echo "### sitecheck: FAILED"; fail=1; }
if [ "${NO_AXE:-0}" != 1 ]; then
  echo "### axe"
  PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$SITE" >/dev/null 2>&1 &
  SRV=$!
  trap 'kill $SRV 2>/dev/null' EXIT
  for _ in $(seq 50); do python3 -c "import urllib.request;urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break; sleep 0.1; done
  mapfile -t urls < <(cd "$SITE" && find . -name '*.html' | sort | sed "s#^\./#http://127.0.0.1:$PORT/#")
  "$BIN/axe" --shots "$SHOTS" --json "$SHOTS/axe.json" "${urls[@]}" || { echo "### axe: FAILED"; fail=1; }
  kill $SRV 2>/dev/null; wait $SRV 2>/dev/null; trap - EXIT
fi
echo "check-site: $SITE: $([ $fail = 0 ] && echo PASS || echo FAIL)"
exit $fail
