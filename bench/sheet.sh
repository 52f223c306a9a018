#!/usr/bin/env bash
# Times `hoshi sheet export` and `hoshi sheet import` on example-repo as whole processes,
# next to a floor: `cat` of the five client files. The import is timed twice: on the
# workbook as exported (nothing to change: read, compare, stop) and with five edited
# cells under --dry-run (read, edit the YAML in memory, validate and evaluate before and
# after, print the diff). Results go to docs/performance.md by hand. Needs hyperfine, and
# openpyxl for the edited workbook (HOSHI_PYTHON, default target/sheet-venv/bin/python).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --locked --quiet
hoshi=$PWD/target/release/hoshi
python=${HOSHI_PYTHON:-$PWD/target/sheet-venv/bin/python}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r example-repo "$tmp/repo"
cd "$tmp"
export HOSHI_TODAY=2026-11-26
"$hoshi" --repo repo sheet export --out book.xlsx >/dev/null
"$python" "$OLDPWD/tests/sheet/edit.py" book.xlsx edited.xlsx \
  'set:設問!D8=実施している' 'set:設問!D24=一部実施している' 'date:設問!I8=2026-04-01' \
  'set:設問!E7=研修を年2回' 'set:5か条!E2=情報システム担当'
files="repo/hoshi.yaml repo/principles.yaml repo/diagnosis.yaml repo/policy.yaml repo/evidence.yaml"
hyperfine --warmup 5 --runs 50 -N --export-markdown result.md \
  "cat $files" \
  "$hoshi --repo repo sheet export --out out.xlsx" \
  "$hoshi --repo repo sheet import book.xlsx" \
  "$hoshi --repo repo sheet import edited.xlsx --dry-run"
cat result.md
nproc
