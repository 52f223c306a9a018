# Regression: site.publish_policy counted as published with no base_url (no address where
# anyone could read it).
set -euo pipefail
sed -i '/^publication:/,$d' policy.yaml
sed -i '/^  base_url:/d' hoshi.yaml
! grep -q 'base_url' hoshi.yaml
