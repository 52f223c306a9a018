# Q25 is partial with no improvement action: practice advice, not an error.
set -euo pipefail
sed -i '/^  Q25:$/,$ {/^    action:/d}' diagnosis.yaml
! sed -n '/^  Q25:$/,$p' diagnosis.yaml | grep -q action
