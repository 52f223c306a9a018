# Regression: ★ required every principle practised. IPA's ★ is a declaration that the company
# works on the five principles; a principle in progress meets it.
set -euo pipefail
sed -i 's/^  level: 2 .*/  level: 1/' hoshi.yaml
sed -i '/^  P4:/,/^  P5:/ s/^    status: practiced$/    status: in_progress/' principles.yaml
grep -q '^    status: in_progress$' principles.yaml
