#!/usr/bin/env bash
# hoshi against the floor of each work, as whole processes, in one run: each pair runs in
# turn (hoshi, floor, hoshi, floor …) after a warm-up (bench/pair.py), and the ratio is
# taken pair by pair. The floors do the least the work needs: `cat` of the files hoshi
# reads, `git log` over the same commits, `cp -r` of the site hoshi writes. Results go to
# docs/performance.md by hand, with the load average printed beside each pair.
#
#   bash bench/floors.sh [WORK ...]   WORK: validate portfolio history diff site (default all)
#
# Inputs are built by bench/gen.py into $HOSHI_BENCH_DIR (default: a temporary folder,
# removed at the end); give a folder to keep them between runs. Sizes:
# HOSHI_BENCH_CLIENTS (default "1000 5000 10000"), HOSHI_BENCH_COMMITS ("10000 50000"),
# HOSHI_BENCH_ITEMS (1000 evidence files for the site), HOSHI_BENCH_RUNS (7).
# Needs python3, git and a tmpfs at /dev/shm for the site.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# HOSHI_BIN: another build to time (say, the one before a change); nothing is built then.
if [ -z "${HOSHI_BIN:-}" ]; then cargo build --release --locked --quiet; fi
hoshi=${HOSHI_BIN:-$PWD/target/release/hoshi}
bench=$PWD/bench
example=$PWD/example-repo
dir=${HOSHI_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$dir"
shm=$(mktemp -d /dev/shm/hoshi-bench.XXXXXX)
trap 'rm -rf "$shm" "${cache:-}"; [ -n "${HOSHI_BENCH_DIR:-}" ] || rm -rf "$dir"' EXIT
runs=${HOSHI_BENCH_RUNS:-7}
export HOSHI_TODAY=2026-11-26 GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
# hoshi's cache for this run alone. The warm-up fills it, so the first pair of each work
# times a run that takes what an earlier run kept (files unchanged since); the pair with
# --no-cache times a first run, and the pair with a new, empty cache folder each time
# times a first run that also writes its cache.
cache=$(mktemp -d)
export HOSHI_CACHE_DIR=$cache
work=("$@")
[ ${#work[@]} -gt 0 ] || work=(validate portfolio history diff site)

gen() { # KIND NAME SIZE
  [ -e "$dir/$2/.done" ] && return
  rm -rf "${dir:?}/$2"
  python3 "$bench/gen.py" "$1" "$dir/$2" "$3"
  touch "$dir/$2/.done"
}
pair() { python3 "$bench/pair.py" -n "$runs" "$@"; }

echo "hoshi $("$hoshi" --version | cut -d' ' -f2), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for w in "${work[@]}"; do
  case $w in
  validate)
    files="hoshi.yaml principles.yaml diagnosis.yaml policy.yaml evidence.yaml scs.yaml"
    cd "$example"
    pair "validate example-repo" "$hoshi validate --repo ." "$hoshi --version; cat $files"
    ;;
  portfolio)
    for n in ${HOSHI_BENCH_CLIENTS:-1000 5000 10000}; do
      gen portfolio "p$n" "$n"
      cd "$dir/p$n"
      echo "-- $n clients: $(wc -l <files.txt) files, $(tr '\n' '\0' <files.txt | du -ch --files0-from=- | tail -1 | cut -f1)"
      pair "portfolio, $n clients, rows kept" "$hoshi portfolio clients" "xargs -a files.txt cat"
      pair "portfolio, $n clients, --no-cache" "$hoshi portfolio --no-cache clients" \
        "xargs -a files.txt cat"
      pair "portfolio, $n clients, empty cache, against --no-cache" \
        "HOSHI_CACHE_DIR=\$(mktemp -d -p $cache) $hoshi portfolio clients" \
        "$hoshi portfolio --no-cache clients"
    done
    ;;
  history)
    for n in ${HOSHI_BENCH_COMMITS:-10000 50000}; do
      gen history "h$n" "$n"
      cd "$dir/h$n/repo"
      pair "history --commits, $n commits, summaries kept" \
        "$hoshi history --commits --repo client" "git log --format=%H -- client/"
      pair "history --commits, $n commits, --no-cache" \
        "$hoshi history --commits --no-cache --repo client" "git log --format=%H -- client/"
      pair "history --commits, $n commits, empty cache, against --no-cache" \
        "HOSHI_CACHE_DIR=\$(mktemp -d -p $cache) $hoshi history --commits --repo client" \
        "$hoshi history --commits --no-cache --repo client"
    done
    ;;
  diff)
    for n in ${HOSHI_BENCH_COMMITS:-10000 50000}; do
      gen history "h$n" "$n"
      cd "$dir/h$n/repo"
      pair "diff, review $((n - 1)) commits back" "$hoshi diff --repo client" \
        "git log --format=%H review/2026-04-20..HEAD"
    done
    ;;
  site)
    n=${HOSHI_BENCH_ITEMS:-1000}
    gen site "s$n" "$n"
    cd "$dir/s$n"
    # The floor copies the site hoshi wrote, replacing the previous copy as hoshi
    # replaces the previous site.
    "$hoshi" site --repo client --audience internal --out "$shm/ref" >/dev/null 2>&1
    echo "-- site of $n evidence items: $(find "$shm/ref" -type f | wc -l) files, $(du -sh "$shm/ref" | cut -f1)"
    pair "site, $n evidence items (tmpfs)" \
      "$hoshi site --repo client --audience internal --out $shm/site" \
      "rm -rf $shm/copy; cp -r $shm/ref $shm/copy"
    ;;
  *) echo "unknown work: $w" >&2; exit 2 ;;
  esac
done
