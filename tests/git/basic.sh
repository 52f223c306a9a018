# example-repo committed on 2026-04-20; no review yet.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
client .
commit 2026-04-20 "Add the client files"
