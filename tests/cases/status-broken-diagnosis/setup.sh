# A schema error in diagnosis.yaml: no score, and ★★ cannot be confirmed.
set -euo pipefail
sed -i 's/^question_set: ipa-2019$/question_set: ipa-2099/' diagnosis.yaml
grep -q 'ipa-2099' diagnosis.yaml
