# The client in security/: commits that change it, one that does not, a merged branch and
# a revert back to the first content.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
echo "# 株式会社みなと精工" > README.md
client security
commit 2026-04-20 "A: add the client files"
answer security/diagnosis.yaml Q7 unknown
sed -i 's/^  level: 2 /  level: 1 /' security/hoshi.yaml
commit 2026-05-01 "B: Q7 unknown, declare one star"
git checkout -q -b feature
answer security/diagnosis.yaml Q12 implemented
commit 2026-05-10 "F: Q12 implemented"
git checkout -q main
echo "社内向けメモ" >> README.md
commit 2026-05-15 "C: outside the client"
GIT_AUTHOR_DATE="2026-05-20T10:00:00+09:00" GIT_COMMITTER_DATE="2026-05-20T10:00:00+09:00" \
  git merge -q --no-ff -m "M: merge feature" feature
answer security/diagnosis.yaml Q7 partial
answer security/diagnosis.yaml Q12 partial
sed -i 's/^  level: 1 /  level: 2 /' security/hoshi.yaml
commit 2026-06-01 "D: back to the first content"
