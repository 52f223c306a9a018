# The client folder arrives in the second commit: before it, there are no client files.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
echo "# 株式会社みなと精工" > README.md
commit 2026-03-01 "Start the repository"
client security
commit 2026-04-20 "Add the client files"
