# A review, then two ★3 criteria change in scs.yaml: the backup restore instructions are
# written (not_met → met) and the suggestion for 6-1-1-6 is confirmed (suggested → met).
source "$GIT_FIXTURES/lib.sh"
init
client .
commit 2026-11-01 "Add the client files"
git tag review/2026-11-01
sed -i -e 's/^  "4-3-4-3":$/  "4-3-4-3":/' -e '/^  "4-3-4-3":$/,/^    action:/ s/answer: not_met/answer: met/' \
  -e 's/"6-1-1-6": {answer: met, suggested: true}.*$/"6-1-1-6": {answer: met}/' scs.yaml
commit 2026-11-20 "Restore instructions written; incident cases shared at the monthly meeting"
