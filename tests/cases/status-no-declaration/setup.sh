# Nothing declared yet: "declaration" is null, and a hint says what may be declared.
set -euo pipefail
sed -i '/^declaration:$/,/^$/d' hoshi.yaml
! grep -q 'declaration' hoshi.yaml
