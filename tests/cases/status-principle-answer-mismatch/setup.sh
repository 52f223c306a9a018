# P1 is practised in principles.yaml, but Q1 says not implemented: a practice warning names both.
set -euo pipefail
sed -i 's/^  Q1: {answer: implemented, /  Q1: {answer: not_implemented, action: {what: 更新状況を確認する}, /' diagnosis.yaml
grep -q 'Q1: {answer: not_implemented' diagnosis.yaml
