#!/usr/bin/env bash
# Times `hoshi site` on example-repo as a whole process: start-up, reading and validating
# the five files, evaluating, reading the git commit and review tags, rendering every page
# in both languages, copying evidence files, and writing the site atomically (staging
# folder, rename, removing the previous site). Each run replaces the site the previous run
# wrote. One command per audience with the site on the disk ($TMPDIR), and the internal
# site once more on tmpfs (/dev/shm, when there is one) to separate hoshi's own time from
# the disk's. Results go to docs/performance.md by hand.
# Needs hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --release --locked --quiet
hoshi=target/release/hoshi
tmp=$(mktemp -d)
shm=
[ -d /dev/shm ] && [ -w /dev/shm ] && shm=$(mktemp -d /dev/shm/hoshi-bench.XXXXXX)
trap 'rm -rf "$tmp" ${shm:+"$shm"}' EXIT
cmds=()
for audience in public partners internal; do
  cmds+=("$hoshi site --repo example-repo --audience $audience --out $tmp/site-$audience")
done
[ -n "$shm" ] && cmds+=("$hoshi site --repo example-repo --audience internal --out $shm/site")
hyperfine --warmup 20 --runs 200 -N --export-markdown "$tmp/result.md" \
  --export-json "$tmp/result.json" "${cmds[@]}" >/dev/null
sed -e "s#$tmp/#\$TMPDIR/#g" -e "s#${shm:-/nonexistent}/#/dev/shm/…/#g" "$tmp/result.md"
python3 - "$tmp/result.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    cmd = r["command"].split(" --out ")[0].replace("target/release/", "")
    print(f"CPU {r['user']*1000:5.1f} ms user + {r['system']*1000:5.1f} ms system, "
          f"median {r['median']*1000:5.1f} ms: {cmd} ({'tmpfs' if '/dev/shm' in r['command'] else 'disk'})")
PY
echo "files in the internal site: $(find "$tmp/site-internal" -type f | wc -l); load: $(cut -d' ' -f1-3 /proc/loadavg)"
