# Annotated review tags: one written by hand without a record, one with hoshi's record; a
# review tag on a branch not merged into main, and a release tag, both to be ignored.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
client .
commit 2026-04-20 "Add the client files"
GIT_COMMITTER_DATE="2026-04-25T15:00:00+09:00" git tag -a review/2026-04-25 -m "Reviewed with the client (minutes in the shared drive)"
answer diagnosis.yaml Q7 implemented
commit 2026-06-01 "Q7: confirm FAX recipients with two people"
GIT_COMMITTER_DATE="2026-06-02T15:00:00+09:00" git tag -a review/2026-06-02 -F - <<'MSG'
Review of 2026-06-02 by 佐藤 花子: ★★ (two stars), score 90

reviewer: 佐藤 花子
date: 2026-06-02
level: 2
declared: 2
score: 90
digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
hoshi: 0.1.0
MSG
git tag v1.0
git checkout -q -b side
answer diagnosis.yaml Q12 implemented
commit 2026-06-20 "Q12: lockable drawing boxes (not merged)"
git tag review/2026-07-01
git checkout -q main
answer diagnosis.yaml Q1 partial
commit 2026-07-10 "Q1: two PCs no longer update automatically"
