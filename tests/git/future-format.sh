# The reviewed revision is in a format version this hoshi does not know.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
client .
sed -i 's/^schema_version: 1$/schema_version: 2/' diagnosis.yaml
commit 2026-04-20 "Add the client files (format 2)"
git tag review/2026-04-25
sed -i 's/^schema_version: 2$/schema_version: 1/' diagnosis.yaml
commit 2026-05-01 "Back to format 1"
