# Regression: site.publish_policy counted as published on a site only partners can read.
# ★★ asks for external publication, so the declaration fails on that condition alone.
set -euo pipefail
sed -i '/^publication:/,$d' policy.yaml
sed -i 's/^  audience: public$/  audience: partners/' hoshi.yaml
grep -q '^  audience: partners$' hoshi.yaml
