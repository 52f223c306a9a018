# A review recorded by hand with a lightweight tag, then Q7 improved.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
client .
commit 2026-04-20 "Add the client files"
git tag review/2026-04-25
answer diagnosis.yaml Q7 implemented
commit 2026-06-01 "Q7: confirm FAX recipients with two people"
