#!/usr/bin/env bash
# Times `hoshi evidence check` over 1 GiB of evidence files (16 files of 64 MiB in a copy of
# example-repo), next to `sha256sum` hashing the same files — one process, and two in
# parallel (`xargs -P 2`) for a fair view on two cores. The files are read from the page
# cache (warm-up runs), so this measures hashing, not the disk. Results go to
# docs/performance.md by hand. Needs hyperfine and GNU coreutils.
#
#   bash bench/evidence.sh [FILES] [MIB_PER_FILE]    (default 16 64)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
files=${1:-16}
mib=${2:-64}
cargo build --release --locked --quiet
hoshi=$PWD/target/release/hoshi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
client=$tmp/client
cp -r example-repo "$client"
cd "$client"
for i in $(seq -w 1 "$files"); do
  head -c "$((mib << 20))" /dev/urandom >"evidence/big-$i.bin"
  sum=$(sha256sum "evidence/big-$i.bin" | cut -c1-64)
  printf '\n  - id: BIG-%s\n    title: large evidence %s\n    file: evidence/big-%s.bin\n    sha256: %s\n    collected_on: 2026-11-01\n' \
    "$i" "$i" "$i" "$sum" >>evidence.yaml
done
total=$((files * mib))
echo "== $files files, $total MiB"
export HOSHI_TODAY=2026-11-26
"$hoshi" evidence check --quiet
hyperfine --warmup 2 --runs 10 -N --export-markdown "$tmp/result.md" \
  "$hoshi evidence check" \
  "sha256sum $(echo evidence/big-*.bin)" \
  "bash -c 'ls evidence/big-*.bin | xargs -P 2 -n $((files / 2)) sha256sum'"
cat "$tmp/result.md"
nproc
