#!/usr/bin/env bash
# Times `hoshi sheet export` and `hoshi sheet import` on example-repo as whole processes,
# each against floors measured in the same run: `hoshi --version` (the process start-up
# and nothing else) followed by `cat` of the five client files (reading what hoshi reads),
# then `hoshi --version` alone.
# Each pair runs in turn (hoshi, floor, hoshi, floor …) after a warm-up (bench/pair.py),
# and the ratio is taken pair by pair, so a drift of the machine's speed moves both.
#
# Three commands: the export; the import of the workbook as exported (nothing to change:
# read, compare, stop); the import of a workbook with five edited cells under --dry-run
# (read, edit the YAML in memory, validate and evaluate before and after, print the diff).
# Results go to docs/performance.md by hand, with the load average printed beside each
# pair.
#
#   bash bench/sheet.sh
#
# HOSHI_BIN: another build to time (nothing is built then). HOSHI_BENCH_RUNS: runs per
# command (default 30). Needs python3, and openpyxl for the edited workbook (HOSHI_PYTHON,
# else $CHECKERS_PREFIX/venv/bin/python, else target/sheet-venv/bin/python).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ -z "${HOSHI_BIN:-}" ]; then cargo build --release --locked --quiet; fi
hoshi=${HOSHI_BIN:-$PWD/target/release/hoshi}
python=${HOSHI_PYTHON:-}
if [ -z "$python" ]; then
  for p in "${CHECKERS_PREFIX:-/opt/checkers}/venv/bin/python" "$PWD/target/sheet-venv/bin/python"; do
    if [ -x "$p" ]; then python=$p; break; fi
  done
fi
bench=$PWD/bench
edit=$PWD/tests/sheet/edit.py
runs=${HOSHI_BENCH_RUNS:-30}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r example-repo "$tmp/repo"
cd "$tmp"
export HOSHI_TODAY=2026-11-26
"$hoshi" --repo repo sheet export --out book.xlsx >/dev/null
"$python" "$edit" book.xlsx edited.xlsx \
  'set:設問!D8=実施している' 'set:設問!D24=一部実施している' 'date:設問!I8=2026-04-01' \
  'set:設問!E7=研修を年2回' 'set:5か条!E2=情報システム担当'
five="repo/hoshi.yaml repo/principles.yaml repo/diagnosis.yaml repo/policy.yaml repo/evidence.yaml"
floor="$hoshi --version; cat $five"
pair() { python3 "$bench/pair.py" -n "$runs" --warmup 3 "$@"; }

echo "hoshi $("$hoshi" --version | cut -d' ' -f2), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# Against the floor of reading (start-up and cat), then against start-up alone.
for f in "$floor" "$hoshi --version"; do
  echo "-- floor: $f"
  pair "sheet export" "$hoshi --repo repo sheet export --out out.xlsx" "$f"
  pair "sheet import, no edits" "$hoshi --repo repo sheet import book.xlsx" "$f"
  pair "sheet import --dry-run, 5 edits" "$hoshi --repo repo sheet import edited.xlsx --dry-run" "$f"
done
