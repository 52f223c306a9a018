#!/usr/bin/env bash
# Times `hoshi portfolio` over 1,000 generated clients (copies of example-repo with
# variations, in one consultant git repository with review tags), measures its peak memory,
# and times check-jsonschema validating the same 5,000 YAML files against the schemas that
# `hoshi schema` exports — side by side, in one run. Results go to docs/performance.md by
# hand. Needs hyperfine and /usr/bin/time (GNU time); check-jsonschema is optional.
#
#   bash bench/portfolio.sh [CLIENTS]    (default 1000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-1000}
cargo build --release --locked --quiet
hoshi=$PWD/target/release/hoshi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$hoshi" schema --out "$tmp/schema" >/dev/null

# One consultant repository, a folder per client. Variations: every 7th client declares
# ★★ with Q21 unanswered (declaration not held), every 11th has evidence expiring soon,
# every 13th has a YAML syntax error, every 17th a policy.yaml that is not UTF-8 (so all
# 5,000 files exist for both tools); every other client has a review tag, a quarter of
# those overdue.
repo=$tmp/consultant
mkdir -p "$repo/clients"
git -C "$repo" init -q
for i in $(seq -w 1 "$n"); do
  c=$repo/clients/c$i
  cp -r example-repo "$c"
  sed -i "s/株式会社みなと精工/株式会社サンプル$i/; s|tag_prefix: review/|tag_prefix: c$i/review/|" "$c/hoshi.yaml"
  n10=$((10#$i))
  if (( n10 % 7 == 0 )); then sed -i '/^  Q21:$/,/^  Q22:/{/^  Q22:/!d}' "$c/diagnosis.yaml"; fi
  if (( n10 % 11 == 0 )); then sed -i 's/valid_until: 2027-01-31/valid_until: 2026-12-10/' "$c/evidence.yaml"; fi
  if (( n10 % 13 == 0 )); then printf 'schema_version: [\n' >>"$c/principles.yaml"; fi
  if (( n10 % 17 == 0 )); then printf '# \x82\xa0 Shift_JIS\n' >>"$c/policy.yaml"; fi
done
export GIT_AUTHOR_DATE=2026-04-25T10:00:00+09:00 GIT_COMMITTER_DATE=2026-04-25T10:00:00+09:00
git -C "$repo" -c user.name=bench -c user.email=bench@example.jp add -A
git -C "$repo" -c user.name=bench -c user.email=bench@example.jp commit -qm clients
for i in $(seq -w 1 2 "$n"); do
  day=$(( (10#$i % 2) ? 25 : 24 ))
  year=$(( (10#$i % 4 == 1) ? 2025 : 2026 ))
  git -C "$repo" tag "c$i/review/$year-04-$day"
done
git -C "$repo" pack-refs --all

export HOSHI_TODAY=2026-11-26
cd "$repo"
echo "== $n clients, $(find clients -name '*.yaml' -type f | wc -l) YAML files, $(git tag | wc -l) review tags"

# The same files for check-jsonschema: one run per schema over every client's file.
cj=$(command -v check-jsonschema || true)
[ -z "$cj" ] && [ -x /opt/checkers/bin/check-jsonschema ] && cj=/opt/checkers/bin/check-jsonschema
cat >"$tmp/cj.sh" <<EOF
#!/usr/bin/env bash
cd "$repo"
for f in hoshi principles diagnosis policy evidence; do
  find clients -name "\$f.yaml" -type f -print0 | xargs -0 "$cj" --schemafile "$tmp/schema/\$f.schema.json" >/dev/null 2>&1 || true
done
EOF
cmds=("$hoshi portfolio clients --format json")
if [ -n "$cj" ]; then cmds+=("bash $tmp/cj.sh"); fi
hyperfine --warmup 2 --runs 10 -N -i --export-markdown "$tmp/result.md" "${cmds[@]}"
cat "$tmp/result.md"

echo "== peak memory"
/usr/bin/time -v "$hoshi" portfolio clients --format json 2>"$tmp/time.txt" >/dev/null || true
grep -E "Maximum resident set size|Elapsed \(wall" "$tmp/time.txt"
"$hoshi" portfolio clients >"$tmp/table.txt" || true
tail -1 "$tmp/table.txt"
