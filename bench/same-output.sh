#!/usr/bin/env bash
# Checks that two builds of hoshi print and write the same bytes on the benchmark inputs
# and on example-repo: validate, status, portfolio (text, json, csv, the dashboard),
# history (reviews and commits), diff and site (every audience). Each command's output,
# error output and exit code, and each written folder, are compared byte for byte. The new
# build runs twice with one cache folder: first with it empty, then taking what the first
# run kept; both runs must match the old build.
#
#   bash bench/same-output.sh OLD_HOSHI NEW_HOSHI
#
# Inputs come from bench/gen.py into $HOSHI_BENCH_DIR (default: a temporary folder); the
# sizes are smaller than bench/floors.sh's unless HOSHI_BENCH_DIR already holds them.
set -euo pipefail
old=$(realpath "$1") new=$(realpath "$2")
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bench=$PWD/bench
example=$PWD/example-repo
dir=${HOSHI_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$dir"
out=$(mktemp -d)
trap 'rm -rf "$out"; [ -n "${HOSHI_BENCH_DIR:-}" ] || rm -rf "$dir"' EXIT
export HOSHI_TODAY=2026-11-26 GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
export HOSHI_CACHE_DIR=$out/cache

gen() { # KIND NAME SIZE
  [ -e "$dir/$2/.done" ] && return
  rm -rf "${dir:?}/$2"
  python3 "$bench/gen.py" "$1" "$dir/$2" "$3"
  touch "$dir/$2/.done"
}
gen portfolio p1000 1000
gen portfolio p30 30
gen history h10000 10000
gen site s1000 1000
# example-repo in a git repository of its own, with a review tag, for site and diff.
if [ ! -e "$dir/ex/.done" ]; then
  rm -rf "$dir/ex" && cp -r "$example" "$dir/ex"
  git -C "$dir/ex" init -q -b main && git -C "$dir/ex" add -A
  git -C "$dir/ex" -c user.name=Bench -c user.email=bench@example.jp commit -qm example \
    --date 2026-04-25T10:00:00+09:00
  git -C "$dir/ex" -c user.name=Bench -c user.email=bench@example.jp tag -a review/2026-04-25 -m review
  touch "$dir/ex/.done"
fi

run() { # WHICH NAME CWD ARGS...
  local which=$1 name=$2 cwd=$3
  shift 3
  local bin=$old
  [ "$which" = old ] || bin=$new
  mkdir -p "$out/$which"
  (cd "$cwd" && set +e && "$bin" "$@" >"$out/$which/$name.out" 2>"$out/$which/$name.err"
    echo $? >"$out/$which/$name.code")
}
for which in old new kept; do
  sites=$out/$which-sites
  mkdir -p "$sites"
  run $which validate "$example" validate --repo .
  run $which validate-json "$example" validate --repo . --format json
  run $which status "$dir/ex" status
  run $which status-json "$dir/ex" status --format json
  run $which evidence-check "$dir/ex" evidence check
  run $which site-validate "$dir/s1000" validate --repo client
  for f in text json csv markdown; do
    run $which "portfolio-$f" "$dir/p1000" portfolio clients --format $f
  done
  run $which portfolio-dashboard "$dir/p30" portfolio clients --site "$sites/dashboard" \
    --calendar "$sites/calendar.ics"
  run $which history "$dir/h10000/repo" history --repo client
  run $which history-commits "$dir/h10000/repo" history --commits --repo client
  run $which history-commits-json "$dir/h10000/repo" history --commits --repo client --format json
  run $which diff "$dir/h10000/repo" diff --repo client
  run $which diff-json "$dir/h10000/repo" diff --repo client --format json
  run $which diff-ex "$dir/ex" diff
  for a in public partners internal; do
    run $which "site-$a" "$dir/s1000" site --repo client --audience $a --out "$sites/s1000-$a"
    run $which "site-ex-$a" "$dir/ex" site --audience $a --out "$sites/ex-$a"
  done
done
# Paths of the written folders differ between the two runs only by old/new.
sed -i "s#$out/old-sites#SITES#g" "$out"/old/*
sed -i "s#$out/new-sites#SITES#g" "$out"/new/*
sed -i "s#$out/kept-sites#SITES#g" "$out"/kept/*
status=0
for which in new kept; do
  diff -r "$out/old" "$out/$which" || status=1
  diff -r "$out/old-sites" "$out/$which-sites" || status=1
done
n=$(find "$out/old" -name '*.code' | wc -l)
files=$(find "$out/old-sites" -type f | wc -l)
if [ $status = 0 ]; then
  echo "same output: $n commands, $files written files"
else
  echo "DIFFERENT OUTPUT" >&2
fi
exit $status
