# Declared ★ while ★★ is met: a hint, exit 0.
set -euo pipefail
sed -i 's/^  level: 2  /  level: 1  /' hoshi.yaml
grep -q '^  level: 1 ' hoshi.yaml
