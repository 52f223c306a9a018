# A consultant's repository: two clients in folders, default review tag prefix for both.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
echo "# 佐藤ITコンサルティング: clients" > README.md
client clients/minato
client clients/kawa
sed -i 's/株式会社みなと精工/株式会社かわ電機/' clients/kawa/hoshi.yaml
commit 2026-04-20 "Add two clients"
