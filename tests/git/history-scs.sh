# The client in client/: scs.yaml changes, then only diagnosis.yaml does, then scs.yaml goes
# back to its first content; the ★3 counts of `history --commits` follow scs.yaml alone.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
init
client client
commit 2026-10-21 "A: add the client files"
sed -i 's/^  "1-2-1-1": {answer: met,/  "1-2-1-1": {answer: not_met,/' client/scs.yaml
grep -q '"1-2-1-1": {answer: not_met,' client/scs.yaml
commit 2026-10-22 "B: one ★3 criterion not met"
answer client/diagnosis.yaml Q12 implemented
commit 2026-10-23 "C: only the diagnosis"
sed -i 's/^  "1-2-1-1": {answer: not_met,/  "1-2-1-1": {answer: met,/' client/scs.yaml
commit 2026-10-24 "D: scs.yaml as in A"
