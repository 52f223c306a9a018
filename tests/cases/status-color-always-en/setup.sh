# Q7 is left unanswered: ★★'s condition "all 25 answered" fails, but hoshi.yaml declares ★★.
set -euo pipefail
sed -i '/^  Q7:$/,/^  Q8:/{/^  Q8:/!d}' diagnosis.yaml
! grep -q '^  Q7:' diagnosis.yaml
