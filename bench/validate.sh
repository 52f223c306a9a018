#!/usr/bin/env bash
# Times `hoshi validate` on example-repo as a whole process (start-up, reading five files,
# schema and semantic checks, hashing evidence), next to check-jsonschema validating the
# same five files against the same schemas. Results go to docs/performance.md by hand.
# Needs hyperfine (Debian: apt-get install hyperfine); check-jsonschema is optional.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --locked --quiet
hoshi=target/release/hoshi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$hoshi" schema --out "$tmp/schema" >/dev/null

cmds=("$hoshi validate --repo example-repo")
cj=$(command -v check-jsonschema || true)
[ -z "$cj" ] && [ -x /opt/checkers/bin/check-jsonschema ] && cj=/opt/checkers/bin/check-jsonschema
if [ -n "$cj" ]; then
  cmds+=("$cj --schemafile $tmp/schema/diagnosis.schema.json example-repo/diagnosis.yaml")
fi
hyperfine --warmup 20 --runs 200 -N --export-markdown "$tmp/result.md" "${cmds[@]}"
cat "$tmp/result.md"
