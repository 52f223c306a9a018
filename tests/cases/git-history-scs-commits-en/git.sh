# ★3 readiness over time: scs.yaml is added, then one criterion is met.
source "$GIT_FIXTURES/lib.sh"
init
client .
rm scs.yaml
commit 2026-10-01 "Add the client files"
cp "$EXAMPLE/scs.yaml" .
commit 2026-10-20 "Start the ★3 self-check"
sed -i '/^  "4-3-4-3":$/,/^    action:/ s/answer: not_met/answer: met/' scs.yaml
commit 2026-11-20 "Restore instructions written"
