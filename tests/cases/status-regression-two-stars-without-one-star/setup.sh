# Regression: ★★ required ★. IPA's ★★ has no ★ prerequisite: with P4 not started the ★★
# declaration holds; the practice warning says what to do.
set -euo pipefail
sed -i '/^  P4:/,/^  P5:/ s/^    status: practiced$/    status: not_started/' principles.yaml
grep -q '^    status: not_started$' principles.yaml
