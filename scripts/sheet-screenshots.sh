#!/usr/bin/env bash
# Writes docs/screenshots/sheet-questions.png (the exported workbook's questions sheet as
# LibreOffice prints it) and docs/screenshots/packet-ja.png (the first page of packet.html
# as Chromium prints it), from example-repo in a scratch git repository with one review.
# HOSHI=path/to/hoshi skips the release build.
# Needs: libreoffice-calc-nogui, poppler-utils, chromium, fonts-noto-cjk (see .ci/run).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${HOSHI:-}" ]; then
  cargo build --release --locked --quiet
  HOSHI="$PWD/target/release/hoshi"
fi
hoshi="$HOSHI"
shots="$PWD/docs/screenshots"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_AUTHOR_NAME=hoshi GIT_AUTHOR_EMAIL=hoshi@example.jp GIT_COMMITTER_NAME=hoshi \
  GIT_COMMITTER_EMAIL=hoshi@example.jp GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export HOSHI_TODAY=2026-11-26 GIT_AUTHOR_DATE=2026-11-20T10:00:00+09:00 \
  GIT_COMMITTER_DATE=2026-11-20T10:00:00+09:00
repo="$tmp/repo"
cp -r example-repo "$repo"
git -C "$repo" init -q -b main
git -C "$repo" add -A
git -C "$repo" commit -q -m "client files"
"$hoshi" --repo "$repo" review --reviewer "佐藤 花子" --date 2026-11-20 >/dev/null

# The workbook: the questions sheet starts on the second page of the PDF; its second page
# (Q7 on) shows a partial answer with its improvement action.
"$hoshi" --repo "$repo" sheet export --out "$tmp/book.xlsx" >/dev/null
soffice -env:UserInstallation="file://$tmp/lo" --headless --convert-to pdf --outdir "$tmp" \
  "$tmp/book.xlsx" >/dev/null 2>&1
pdftoppm -r 110 -png -f 3 -l 3 -singlefile "$tmp/book.pdf" "$shots/sheet-questions"

# The packet: its first page.
"$hoshi" --repo "$repo" site --audience partners --out "$tmp/site" >/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --user-data-dir="$tmp/chromium" --print-to-pdf="$tmp/packet.pdf" \
  "file://$tmp/site/ja/packet.html" >/dev/null 2>&1
pdftoppm -r 90 -png -f 1 -l 1 -singlefile "$tmp/packet.pdf" "$shots/packet-ja"
pdfinfo "$tmp/packet.pdf" | grep Pages
ls -l "$shots/sheet-questions.png" "$shots/packet-ja.png"
