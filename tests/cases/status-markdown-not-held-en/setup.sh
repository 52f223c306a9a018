# Q7 becomes "don't know": ★★ no longer holds, but the declaration in hoshi.yaml says ★★.
set -euo pipefail
sed -i '/^  Q7:$/,/^  Q8:/ s/^    answer: partial$/    answer: unknown/' diagnosis.yaml
grep -q '^    answer: unknown$' diagnosis.yaml
