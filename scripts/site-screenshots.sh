#!/usr/bin/env bash
# Builds the example site and writes the screenshots in docs/screenshots/ (shown in the
# READMEs) with scripts/checkers/check-site.sh, which also checks every page (vnu, links,
# axe-core). The example client is put into a scratch git repository with two review tags
# first, so that the history page has something to show.
# Needs: bash scripts/checkers/install.sh (chromium, vnu, axe-core).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
checkers="${HOSHI_CHECKERS_DIR:-scripts/checkers}"
cargo build --release --locked --quiet
hoshi="$PWD/target/release/hoshi"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

repo="$tmp/repo"
cp -r example-repo "$repo"
rm -rf "$repo/.github"
export GIT_AUTHOR_NAME=hoshi GIT_AUTHOR_EMAIL=hoshi@example.jp GIT_COMMITTER_NAME=hoshi \
  GIT_COMMITTER_EMAIL=hoshi@example.jp GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export HOSHI_TODAY=2026-11-26
git -C "$repo" init -q -b main
review() { # DATE: commit the client as it is and tag a review of it
  local status level score digest
  status=$("$hoshi" status --repo "$repo" --format json || true)
  level=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["eligibility"]["level"])' <<<"$status")
  score=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["diagnosis"]["score"])' <<<"$status")
  digest=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["digest"])' <<<"$status")
  git -C "$repo" add -A
  GIT_AUTHOR_DATE="$1T10:00:00+09:00" GIT_COMMITTER_DATE="$1T10:00:00+09:00" \
    git -C "$repo" commit -q -m "client files as of $1"
  GIT_COMMITTER_DATE="$1T10:00:00+09:00" git -C "$repo" tag -a "review/$1" -m "review $1

reviewer: 佐藤 花子
date: $1
level: $level
declared: 2
score: $score
digest: $digest
hoshi: 0.1.0"
}
# A year earlier: three answers were weaker.
cp "$repo/diagnosis.yaml" "$tmp/diagnosis.yaml"
sed -i -e 's/Q11: {answer: implemented/Q11: {answer: partial/' \
  -e 's/Q14: {answer: implemented/Q14: {answer: partial/' \
  -e 's/Q20: {answer: implemented/Q20: {answer: not_implemented/' "$repo/diagnosis.yaml"
review 2025-11-20
cp "$tmp/diagnosis.yaml" "$repo/diagnosis.yaml"
review 2026-11-20

"$hoshi" site --repo "$repo" --audience public --out "$tmp/public"
"$hoshi" site --repo "$repo" --audience partners --out "$tmp/partners"
bash "$checkers/check-site.sh" "$tmp/public" "$tmp/shots-public"
bash "$checkers/check-site.sh" "$tmp/partners" "$tmp/shots-partners"

out=docs/screenshots
mkdir -p "$out"
shot() { cp "$(ls "$tmp/shots-$1"/*_"$2".png)" "$out/$3"; }
shot public ja_index.html ja-index.png
shot public en_index.html en-index.png
shot public ja_policy.html ja-policy.png
shot partners en_diagnosis.html en-diagnosis-partners.png
shot partners ja_history.html ja-history-partners.png
ls -l "$out"
