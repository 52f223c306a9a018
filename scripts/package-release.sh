#!/usr/bin/env bash
# Packages a release build for one target into dist/: hoshi-TARGET.tar.gz (hoshi-TARGET.zip
# for Windows) holding the folder hoshi-TARGET/ with the binary, the READMEs, the licences,
# the man pages and the shell completions (each also in Japanese, in ja/), plus
# hoshi-TARGET.{tar.gz,zip}.sha256 in `sha256sum` format.
# The names carry no version, so …/releases/latest/download/hoshi-TARGET.tar.gz always
# names the newest one (action.yml relies on that).
# Usage: scripts/package-release.sh TARGET [BINARY]   (BINARY: target/TARGET/release/hoshi[.exe])
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target="${1:?usage: scripts/package-release.sh TARGET [BINARY]}"
case "$target" in
  *windows*) exe=hoshi.exe ext=zip ;;
  *) exe=hoshi ext=tar.gz ;;
esac
binary="${2:-target/$target/release/$exe}"
[ -f "$binary" ] || { echo "no binary at $binary (cargo build --release --target $target)" >&2; exit 1; }

name="hoshi-$target"
out="${DIST_DIR:-dist}"
stage="$out/$name"
rm -rf "$stage" "$out/$name.$ext" "$out/$name.$ext.sha256"
mkdir -p "$stage/man/ja" "$stage/completions/ja"
cp "$binary" "$stage/$exe"
cp README.md README.ja.md "$stage/"
for f in LICENSE* COPYING* THIRD-PARTY*; do
  if [ -f "$f" ]; then cp "$f" "$stage/"; fi
done
cp docs/man/*.1 "$stage/man/"
cp docs/man/ja/*.1 "$stage/man/ja/"
for f in completions/*; do
  if [ -f "$f" ]; then cp "$f" "$stage/completions/"; fi
done
cp completions/ja/* "$stage/completions/ja/"

(
  cd "$out"
  case "$ext" in
    zip)
      if command -v zip >/dev/null 2>&1; then
        zip -qr "$name.zip" "$name"
      else
        7z a -tzip "$name.zip" "$name" >/dev/null
      fi
      ;;
    *) tar -czf "$name.tar.gz" "$name" ;;
  esac
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$name.$ext" >"$name.$ext.sha256"
  else
    shasum -a 256 "$name.$ext" >"$name.$ext.sha256"
  fi
)
rm -rf "$stage"
echo "$out/$name.$ext"
