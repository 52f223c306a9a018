#!/usr/bin/env bash
# Times `hoshi diff` and `hoshi history --commits` on repositories with 10,000 commits,
# built with `git fast-import` from example-repo, next to `git log` over the same path.
# Results go to docs/performance.md by hand. Needs hyperfine and git.
#
#   diag:  10,000 commits, each changing diagnosis.yaml (a note, and Q7 cycling through
#          implemented / partial / not_implemented, so the score moves); one annotated
#          review tag on the first commit, so finding the base walks the whole history.
#   other: the client added by the first commit, then 9,999 commits changing only a file
#          outside the client folder (clients/minato/ is the client root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --locked --quiet
hoshi=$PWD/target/release/hoshi
example=$PWD/example-repo
n=${HOSHI_BENCH_COMMITS:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null HOSHI_TODAY=2026-11-26

# One fast-import stream: commit 1 adds every file of example-repo under $2 (a prefix,
# may be empty); commits 2..n change diagnosis.yaml ("diag") or notes.txt ("other").
stream() {
  local kind=$1 prefix=$2
  local files
  files=$(cd "$example" && find . -type f ! -name README.md | sed 's|^\./||' | sort)
  LC_ALL=C awk -v n="$n" -v kind="$kind" -v prefix="$prefix" -v example="$example" -v files="$files" '
    function slurp(path,   s, line) {
      s = ""
      while ((getline line < path) > 0) s = s line "\n"
      close(path)
      return s
    }
    function data(s) { printf "data %d\n%s\n", length(s), s }
    BEGIN {
      split(files, list, "\n")
      diag = slurp(example "/diagnosis.yaml")
      t = 1776643200  # 2026-04-20 00:00 UTC
      answers[0] = "implemented"; answers[1] = "partial"; answers[2] = "not_implemented"
      for (i = 1; i <= n; i++) {
        printf "commit refs/heads/main\nmark :%d\n", i
        printf "author Bench <bench@example.jp> %d +0900\n", t + i * 600
        printf "committer Bench <bench@example.jp> %d +0900\n", t + i * 600
        data("commit " i)
        if (i > 1) printf "from :%d\n", i - 1
        if (i == 1) {
          for (k in list) {
            printf "M 100644 inline %s%s\n", prefix, list[k]
            data(slurp(example "/" list[k]))
          }
        } else if (kind == "diag") {
          d = diag
          sub(/note: 全PCで自動更新、月末に適用状況を確認/, "note: 改訂 " i, d)
          sub(/\n    answer: partial\n/, "\n    answer: " answers[i % 3] "\n", d)
          printf "M 100644 inline %sdiagnosis.yaml\n", prefix
          data(d)
        } else {
          printf "M 100644 inline notes.txt\n"
          data("note " i "\n")
        }
        printf "\n"
      }
    }'
}

build() {
  local name=$1 kind=$2 prefix=$3
  git init -q -b main "$tmp/$name"
  stream "$kind" "$prefix" | git -C "$tmp/$name" fast-import --quiet
  git -C "$tmp/$name" reset -q --hard main
  # The review tag is on the first commit: the newest reachable review is n-1 commits back.
  git -C "$tmp/$name" -c user.name=Bench -c user.email=bench@example.jp \
    tag -a review/2026-04-20 -m "first review" "$(git -C "$tmp/$name" rev-list --max-parents=0 HEAD)"
}

echo "building two repositories of $n commits…"
build diag diag ""
build other other clients/minato/
git -C "$tmp/diag" count-objects -vH | grep size-pack || true

cd "$tmp"
hyperfine --warmup 3 --runs 20 -N --export-markdown "$tmp/diff.md" \
  "$hoshi diff --repo diag" \
  "$hoshi diff --repo other/clients/minato" \
  "git -C diag log --oneline -1 review/2026-04-20..HEAD -- ."
hyperfine --warmup 1 --runs 5 -N --export-markdown "$tmp/history.md" \
  "$hoshi history --commits --repo diag" \
  "git -C diag log --oneline -- diagnosis.yaml" \
  "$hoshi history --commits --repo other/clients/minato" \
  "git -C other log --oneline -- clients/minato"
cat "$tmp/diff.md" "$tmp/history.md"
# CPU time next to wall time: history --commits spreads its evaluations over all cores.
for i in 1 2 3; do
  /usr/bin/time -f "history --commits (diag): %e s wall, %U s user, %S s sys" \
    "$hoshi" history --commits --repo diag >/dev/null
done
echo "rows: $("$hoshi" history --commits --repo diag --format json | grep -c '"commit"') (diag), $("$hoshi" history --commits --repo other/clients/minato --format json | grep -c '"commit"') (other)"
